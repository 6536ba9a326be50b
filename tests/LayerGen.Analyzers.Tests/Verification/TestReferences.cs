using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>
/// .NET 10 reference assemblies from Basic.Reference.Assemblies (offline: the testing package's own
/// ReferenceAssemblies.Net.* would download packages the mirror does not serve).
/// </summary>
internal static class TestReferences
{
    /// <summary>An empty reference set; the metadata references are added by <see cref="AddNet100"/>.</summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");

    public static IEnumerable<MetadataReference> Net100 => Basic.Reference.Assemblies.Net100.References.All;

    /// <summary>The System.Numerics.Tensors assembly this test project runs with (the shipped TensorPrimitives).</summary>
    public static MetadataReference RealTensorPrimitives { get; } =
        MetadataReference.CreateFromFile(typeof(System.Numerics.Tensors.TensorPrimitives).Assembly.Location);

    /// <summary>Adds the .NET 10 reference assemblies to a test's project.</summary>
    public static void AddNet100(SolutionState state)
    {
        state.AdditionalReferences.AddRange(Net100);
    }

    /// <summary>
    /// A stand-in for System.Numerics.Tensors.TensorPrimitives (not part of the shared framework): same metadata
    /// name and signatures, so the analyzer sees what it would see with the real package.
    /// </summary>
    public const string TensorPrimitivesStandIn = """
        namespace System.Numerics.Tensors
        {
            public static class TensorPrimitives
            {
                public static float Max(System.ReadOnlySpan<float> x) => 0;
                public static double Max(System.ReadOnlySpan<double> x) => 0;
                public static float Sum(System.ReadOnlySpan<float> x) => 0;
                public static double Sum(System.ReadOnlySpan<double> x) => 0;
            }
        }
        """;
}
