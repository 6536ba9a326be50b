extern alias analyzers;

using analyzers::LayerGen.Analyzers.Usage;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>Runs <see cref="DifferentiableLayerAnalyzer"/> on a <c>[DifferentiableLayer]</c> class with the given ForwardRow.</summary>
internal static class VerifyDifferentiation
{
    /// <summary>The class around <paramref name="members"/>: <c>[DifferentiableLayer(attributeArguments)] public partial class Custom</c>.</summary>
    public static string Layer(string members, string attributeArguments = "4") =>
        "using System;\nusing LayerGen;\n\n[DifferentiableLayer(" + attributeArguments + ")]\npublic partial class Custom\n{\n" + members + "\n}\n";

    /// <summary>Asserts exactly the diagnostics marked in <paramref name="source"/> (<c>{|#0:…|}</c>) with <paramref name="expected"/>.</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<DifferentiableLayerAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(Softmax).Assembly.Location));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id, int location) =>
        new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(location);
}
