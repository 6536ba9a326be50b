using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>Compiles a fix case (subject + harness) in memory and returns its <c>Harness.Run</c> method.</summary>
internal static class HarnessCompiler
{
    public static MethodInfo CompileRun(string source, string assemblyName)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
            BackwardFixRunner.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var errors = result.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(result.Success, $"{assemblyName} does not compile:\n{string.Join("\n", errors)}\n{source}");

        image.Position = 0;
        var context = new AssemblyLoadContext(assemblyName, isCollectible: true);
        return context.LoadFromStream(image).GetType("Harness")!.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
    }
}
