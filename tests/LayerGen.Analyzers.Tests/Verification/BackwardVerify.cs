using LayerGen.Analyzers.Softmax.Rules;
using LayerGen.CodeFixes.Backward;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>
/// Runs the LG0005–LG0007 fixes through Microsoft.CodeAnalysis.Testing: the expected diagnostics are the analyzer's
/// own (their positions are pinned by the re-creation tests), the fix is applied one diagnostic at a time and through
/// Fix All, and the fixed code must compile with no diagnostic left.
/// </summary>
internal static class BackwardVerify
{
    public static async Task CodeFixAsync(string source, string fixedSource)
    {
        var diagnostics = await FixRunner.AnalyzeAsync(BackwardFixRunner.Compile(source));
        var id = diagnostics.Select(diagnostic => diagnostic.Id).Distinct().Single();
        var test = id switch
        {
            "LG0005" => (CodeFixTest<DefaultVerifier>)new Test<LogSoftmaxCodeFixProvider>(),
            "LG0006" => new Test<JacobianCodeFixProvider>(),
            _ => new Test<DiagonalDerivativeCodeFixProvider>(),
        };
        test.TestCode = source;
        test.FixedCode = fixedSource;
        test.NumberOfIncrementalIterations = diagnostics.Length;
        test.NumberOfFixAllIterations = 1;
        foreach (var diagnostic in diagnostics)
        {
            var span = diagnostic.Location.GetLineSpan();
            test.ExpectedDiagnostics.Add(new DiagnosticResult(diagnostic.Id, DiagnosticSeverity.Warning)
                .WithSpan(span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, span.EndLinePosition.Line + 1, span.EndLinePosition.Character + 1)
                .WithArguments(ArgumentsOf(diagnostic))
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
        }

        await test.RunAsync();
    }

    private static object[] ArgumentsOf(Diagnostic diagnostic) =>
        (object[])typeof(Diagnostic).GetProperty("Arguments", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(diagnostic)!;

    private sealed class Test<TFix> : CSharpCodeFixTest<SoftmaxAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        public Test()
        {
            ReferenceAssemblies = TestReferences.None;
            TestReferences.AddNet100(TestState);
            TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(LayerGen.Softmax).Assembly.Location));
        }
    }
}
