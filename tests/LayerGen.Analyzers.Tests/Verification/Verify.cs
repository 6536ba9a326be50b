using LayerGen.CodeFixes.Softmax;
using LayerGen.Analyzers.Softmax.Rules;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>Runs <see cref="SoftmaxAnalyzer"/> and its code fix through Microsoft.CodeAnalysis.Testing.</summary>
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
    public static Task CodeFixAsync(string source, string fixedSource, string? equivalenceKey = null, bool withTensorPrimitives = false)
    {
        var test = new CodeFixTest
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfIncrementalIterations = 1,
            NumberOfFixAllIterations = 1,
        };
        AddTensorPrimitives(test, withTensorPrimitives);
        return test.RunAsync();
    }

    /// <summary>Asserts the fix of several documents at once (Fix All in document, project and solution).</summary>
    public static Task CodeFixAllAsync((string Source, string Fixed)[] documents, int incrementalIterations)
    {
        var test = new CodeFixTest
        {
            NumberOfIncrementalIterations = incrementalIterations,
            NumberOfFixAllInDocumentIterations = documents.Length,
            NumberOfFixAllIterations = 1,
        };
        for (var index = 0; index < documents.Length; index++)
        {
            test.TestState.Sources.Add(($"/0/Test{index}.cs", documents[index].Source));
            test.FixedState.Sources.Add(($"/0/Test{index}.cs", documents[index].Fixed));
        }

        return test.RunAsync();
    }

    /// <summary>Asserts that no fix is offered (the source keeps its diagnostics).</summary>
    public static Task NoCodeFixAsync(string source, bool withTensorPrimitives = false)
    {
        var test = new CodeFixTest { TestCode = source, FixedCode = source };
        AddTensorPrimitives(test, withTensorPrimitives);
        return test.RunAsync();
    }

    private static void AddTensorPrimitives(CodeFixTest test, bool add)
    {
        if (add)
        {
            test.TestState.Sources.Add(("/0/TensorPrimitives.cs", TestReferences.TensorPrimitivesStandIn));
            test.FixedState.Sources.Add(("/0/TensorPrimitives.cs", TestReferences.TensorPrimitivesStandIn));
        }
    }

    /// <summary>An LG0001 result for an explicit location.</summary>
    public static DiagnosticResult GlobalMax() => CSharpAnalyzerVerifier<SoftmaxAnalyzer, DefaultVerifier>.Diagnostic(DiagnosticDescriptors.GlobalMaxInBatchSoftmax);

    /// <summary>An LG0002 result for an explicit location.</summary>
    public static DiagnosticResult GlobalSum() => CSharpAnalyzerVerifier<SoftmaxAnalyzer, DefaultVerifier>.Diagnostic(DiagnosticDescriptors.GlobalSumInBatchSoftmax);

    /// <summary>An LG0008 result for an explicit location.</summary>
    public static DiagnosticResult WholeBuffer() => CSharpAnalyzerVerifier<SoftmaxAnalyzer, DefaultVerifier>.Diagnostic(DiagnosticDescriptors.WholeBufferSoftmax);

    private sealed class AnalyzerTest : CSharpAnalyzerTest<SoftmaxAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = TestReferences.None;
            TestReferences.AddNet100(TestState);
        }
    }

    private sealed class CodeFixTest : CSharpCodeFixTest<SoftmaxAnalyzer, SliceReductionCodeFixProvider, DefaultVerifier>
    {
        public CodeFixTest()
        {
            ReferenceAssemblies = TestReferences.None;
            TestReferences.AddNet100(TestState);
        }
    }
}
