using LayerGen.Analyzers.Softmax.Model;
using LayerGen.Analyzers.Tests.Verification;
using LayerGen.CodeFixes.Backward;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The model's provenance of probabilities, separate from the rules: which reads it sees as softmax probabilities
/// (through a field the forward pass writes, a helper of the type, a buffer argument, a library softmax), how deep it
/// follows, and the sample-point decomposition the LG0006 fix proves Jacobian entries with.
/// </summary>
public class SoftmaxProvenanceModelTests
{
    private const string SoftmaxInto = """
        private static void SoftmaxInto(double[] x, double[] y)
        {
            double m = double.NegativeInfinity;
            for (int i = 0; i < x.Length; i++) m = System.Math.Max(m, x[i]);
            double s = 0;
            for (int i = 0; i < x.Length; i++) { y[i] = System.Math.Exp(x[i] - m); s += y[i]; }
            for (int i = 0; i < x.Length; i++) y[i] /= s;
        }
        """;

    [Fact]
    public void FieldWrittenByTheForwardPass_HoldsProbabilities()
    {
        var (model, reads) = ModelOf("Read", """
            private double[] _y = new double[4];
            public void Forward(double[] x) { double s = 0; for (int i = 0; i < 4; i++) { _y[i] = System.Math.Exp(x[i]); s += _y[i]; } for (int i = 0; i < 4; i++) _y[i] /= s; }
            public double Read(int k) => _y[k];
            """);

        Assert.True(model.ReadsProbability(reads.Single()));
        var source = Assert.Single(model.ProbabilitySourcesOf(model.BufferOf(reads.Single())!));
        Assert.NotSame(model, source.Model);
        Assert.Equal("_y", source.Root?.Name);
    }

    [Fact]
    public void SigmoidField_IsNotAProbability()
    {
        var (model, reads) = ModelOf("Read", """
            private double[] _y = new double[4];
            public void Forward(double[] x) { for (int i = 0; i < 4; i++) _y[i] = 1 / (1 + System.Math.Exp(-x[i])); }
            public double Read(int k) => _y[k];
            """);

        Assert.False(model.ReadsProbability(reads.Single()));
        Assert.Empty(model.ProbabilitySourcesOf(model.BufferOf(reads.Single())!));
    }

    [Fact]
    public void HelperWritingABufferArgument_AndHelperReturningALinqSequence()
    {
        var (model, reads) = ModelOf("Read", SoftmaxInto + """
            private static double[] Linq(double[] x) { double m = System.Linq.Enumerable.Max(x); var e = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(x, v => System.Math.Exp(v - m))); double s = System.Linq.Enumerable.Sum(e); return System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(e, v => v / s)); }
            public double Read(double[] x, int k) { var a = new double[x.Length]; SoftmaxInto(x, a); var b = Linq(x); return a[k] + b[k]; }
            """);

        Assert.Equal(2, reads.Count);
        Assert.All(reads, read => Assert.True(model.ReadsProbability(read)));
        Assert.All(reads, read => Assert.IsAssignableFrom<IInvocationOperation>(Assert.Single(model.ProbabilitySourcesOf(model.BufferOf(read)!)).Origin));
    }

    [Fact]
    public void LibrarySoftmax_WritesProbabilities()
    {
        var (model, reads) = ModelOf("Read", """
            public float Read(float[] x, float[] y, int k) { LayerGen.Softmax.Forward(x, y, x.Length); return y[k]; }
            """);

        Assert.True(model.ReadsProbability(reads.Single()));
    }

    [Fact]
    public void HelpersAreFollowedTwoLevelsFromAFieldButNotThree()
    {
        // Read → field _y written by Forward (level 1) → Forward calls SoftmaxInto (level 2): followed.
        var (twoLevels, twoReads) = ModelOf("Read", SoftmaxInto + """
            private double[] _y = new double[4];
            public void Forward(double[] x) => SoftmaxInto(x, _y);
            public double Read(int k) => _y[k];
            """);
        Assert.True(twoLevels.ReadsProbability(twoReads.Single()));

        // Read → field (1) → Forward → Relay (2) → SoftmaxInto (3): not followed.
        var (threeLevels, threeReads) = ModelOf("Read", SoftmaxInto + """
            private double[] _y = new double[4];
            private static void Relay(double[] x, double[] y) => SoftmaxInto(x, y);
            public void Forward(double[] x) => Relay(x, _y);
            public double Read(int k) => _y[k];
            """);
        Assert.False(threeLevels.ReadsProbability(threeReads.Single()));
    }

    [Fact]
    public void JacobianEntryDecomposition_RecognisesTheJacobianAndItsOffDiagonalPart()
    {
        Assert.Equal((1, -1), JacobianEntry.Decompose((a, b, diagonal) => diagonal ? a * (1 - a) : -a * b));
        Assert.Equal((1, -1), JacobianEntry.Decompose((a, b, diagonal) => a * ((diagonal ? 1 : 0) - b)));
        Assert.Equal((0, -1), JacobianEntry.Decompose((a, b, _) => -a * b));
        Assert.Null(JacobianEntry.Decompose((a, b, diagonal) => diagonal ? a * (1 - a) : 0));
        Assert.Null(JacobianEntry.Decompose((a, b, diagonal) => diagonal ? a * (1 - a) : -a * a));
        Assert.Null(JacobianEntry.Decompose((_, _, _) => double.NaN));
    }

    /// <summary>The model of method <paramref name="method"/> of class C, and the element reads it returns.</summary>
    private static (SoftmaxModel Model, List<IOperation> Reads) ModelOf(string method, string members)
    {
        var compilation = CSharpCompilation.Create(
            "Subject",
            new[] { CSharpSyntaxTree.ParseText("class C {\n" + members + "\n}", new CSharpParseOptions(LanguageVersion.Latest)) },
            BackwardFixRunner.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var tree = compilation.SyntaxTrees.Single();
        var semanticModel = compilation.GetSemanticModel(tree);
        var declaration = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single(m => m.Identifier.ValueText == method);
        var body = (IMethodBodyOperation)semanticModel.GetOperation(declaration)!;
        var model = SoftmaxModel.Build(body, WellKnownSymbols.Create(compilation), ControlFlowGraph.Create(body), CancellationToken.None);
        var returned = body.Descendants().OfType<IReturnOperation>().Single().ReturnedValue!;
        var reads = returned.DescendantsAndSelf().Where(operation => operation is IArrayElementReferenceOperation).ToList();
        return (model, reads);
    }
}
