using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>Compiles test code in memory (Roslyn emit) and loads it into a collectible context.</summary>
internal static class SubjectCompiler
{
    /// <summary>
    /// Compiles <paramref name="source"/> and returns <c>Harness.Run(double[] flat, int rows, int cols)</c>.
    /// Fails the test with the compiler errors if the code does not compile.
    /// </summary>
    public static Func<double[], int, int, double[]> CompileHarness(string source, string assemblyName, IEnumerable<MetadataReference>? references = null)
    {
        references ??= TestReferences.Net100
            .Append(MetadataReference.CreateFromFile(typeof(System.Numerics.Tensors.TensorPrimitives).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(result.Success, $"{assemblyName} does not compile:\n{string.Join("\n", errors)}\n{source}");

        image.Position = 0;
        var context = new AssemblyLoadContext(assemblyName, isCollectible: true);
        var assembly = context.LoadFromStream(image);
        var run = assembly.GetType("Harness")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        return run.CreateDelegate<Func<double[], int, int, double[]>>();
    }
}
