using LayerGen.Differentiation.Ir;
using LayerGen.Differentiation.Lowering;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>The lowered model as data: value equality for the incremental cache, tape sizes, and no crash on broken code.</summary>
public class LoweringModelTests
{
    [Fact]
    public void Lowering_the_same_source_twice_gives_equal_models_and_an_edit_gives_a_different_one()
    {
        string source = BackwardRowSnapshotTests.LearnerSoftmax;
        ForwardRowModel first = Lower(source, 8, 8).Model!;
        ForwardRowModel second = Lower(source, 8, 8).Model!;
        ForwardRowModel edited = Lower(source.Replace("sum += e;", "sum += 2 * e;", StringComparison.Ordinal), 8, 8).Model!;
        ForwardRowModel resized = Lower(source, 16, 16).Model!;

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, edited);
        Assert.NotEqual(first, resized);
    }

    [Fact]
    public void Tape_holds_what_the_softmax_overwrites()
    {
        // The max loop is a running maximum: one index (its old value is not read again: x[i] - m is linear). The exp
        // loop pushes the old e (the previous iteration's reverse reads its own exp), not sum (a sum's reverse reads
        // nothing) and not y[i] (a first write). The divide loop's old y[i] is read by nobody reversed after it (its own
        // reverse reads the quotient and sum).
        ForwardRowModel model = Lower(BackwardRowSnapshotTests.LearnerSoftmax, 8, 8).Model!;
        Assert.Equal(1 + 8, model.TapeLength);
    }

    [Fact]
    public void Straight_line_declarations_and_a_write_only_output_need_no_tape()
    {
        ForwardRowModel model = Lower("""
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                double a = Math.Exp(x[0]);
                y[0] = a;
                for (int i = 1; i < y.Length; i++) y[i] = x[i] * a;
            }
            """, 4, 4).Model!;
        Assert.Equal(0, model.TapeLength);
    }

    public static TheoryData<string> BrokenSnippets() => new(Broken);

    /// <summary>Code that does not compile (and a loop with no condition), which lowering must survive.</summary>
    public static readonly string[] Broken =
    [
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { y[0] = ; }",
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { for (int i = 0; i < ; i++) { y[i] = x[i] } }",
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { y[0] = Undefined(x[0]); }",
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { double m = x[0]; if (x[1] > m m = x[1]; y[0] = m; }",
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { foreach (var v in undefined) y[0] += v; }",
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { Span<double> t = stackalloc double[]; y[0] = t[0]; }",
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { for (;;) { } }",
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { y[0] = x[0] + ",
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { int k = x.Length / 0; y[k] = x[0]; }",
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { y[\"a\"] = x[0]; y[0] = x; }",
        "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) => y[0] = x[0] *;",
    ];

    [Theory]
    [MemberData(nameof(BrokenSnippets))]
    public void Lowering_never_throws_on_broken_code_and_gives_no_model(string snippet)
    {
        LoweringResult result = Lower(snippet, 4, 4);
        Assert.Null(result.Model);
    }

    [Fact]
    public void Wrong_signature_gives_neither_model_nor_problems()
    {
        LoweringResult result = Lower("static void ForwardRow(ReadOnlySpan<int> x, Span<double> y) { while (true) { } }", 4, 4);
        Assert.Null(result.Model);
        Assert.Empty(result.Problems);
    }
}
