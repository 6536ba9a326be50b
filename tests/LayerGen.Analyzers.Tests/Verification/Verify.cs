using LayerGen.Analyzers.BatchSoftmax;
using LayerGen.CodeFixes.BatchSoftmax;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>Runs <see cref="BatchSoftmaxAnalyzer"/> and its code fix through Microsoft.CodeAnalysis.Testing.</summary>
internal static class Verify
{
    /// <summary>Asserts exactly the diagnostics marked in <paramref name="source"/> (<c>{|LG0001:…|}</c>).</summary>
    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Asserts the diagnostics of <paramref name="source"/> and that the fix turns it into <paramref name="fixedSource"/>.</summary>
    public static Task CodeFixAsync(string source, string fixedSource, string? equivalenceKey = null, int iterations = 1)
    {
        var test = new CodeFixTest
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfIncrementalIterations = iterations,
            NumberOfFixAllIterations = 1,
        };
        return test.RunAsync();
    }

    /// <summary>Asserts that no fix is offered (the source keeps its diagnostics).</summary>
    public static Task NoCodeFixAsync(string source)
    {
        var test = new CodeFixTest { TestCode = source, FixedCode = source };
        return test.RunAsync();
    }

    /// <summary>An LG0001 result for an explicit location.</summary>
    public static DiagnosticResult GlobalMax() => CSharpAnalyzerVerifier<BatchSoftmaxAnalyzer, DefaultVerifier>.Diagnostic(DiagnosticDescriptors.GlobalMaxInBatchSoftmax);

    /// <summary>An LG0002 result for an explicit location.</summary>
    public static DiagnosticResult GlobalSum() => CSharpAnalyzerVerifier<BatchSoftmaxAnalyzer, DefaultVerifier>.Diagnostic(DiagnosticDescriptors.GlobalSumInBatchSoftmax);

    private sealed class AnalyzerTest : CSharpAnalyzerTest<BatchSoftmaxAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = TestReferences.None;
            TestReferences.AddNet100(TestState);
        }
    }

    private sealed class CodeFixTest : CSharpCodeFixTest<BatchSoftmaxAnalyzer, BatchSoftmaxCodeFixProvider, DefaultVerifier>
    {
        public CodeFixTest()
        {
            ReferenceAssemblies = TestReferences.None;
            TestReferences.AddNet100(TestState);
            TestReferences.AddNet100(FixedState);
            TestReferences.AddNet100(BatchFixedState);
        }
    }
}
