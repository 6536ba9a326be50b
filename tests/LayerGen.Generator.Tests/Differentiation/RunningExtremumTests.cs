using LayerGen.Differentiation.Ir;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// Running maxima and minima (<see cref="RunningExtremum"/>): which loops get the one-index tape, that every other shape
/// keeps the per-iteration branch flag, and that both derive correct gradients, ties included.
/// </summary>
public class RunningExtremumTests
{
    private static string Layer(string loopBody, string after = "y[0] = m;") => $$"""
        static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
        {
            double m = x[0];
            for (int i = 1; i < x.Length; i++)
            {
                {{loopBody}}
            }

            {{after}}
        }
        """;

    public static TheoryData<string> Matched() => new()
    {
        "if (x[i] > m) m = x[i];",
        "if (x[i] >= m) { m = x[i]; }",
        "if (m < x[i]) m = x[i];",
        "if (x[i] <= m) m = x[i];",
        "if (m > 2 * x[i] - 1) m = 2 * x[i] - 1;",
    };

    public static TheoryData<string> NotMatched() => new()
    {
        "if (x[i] > m) { m = x[i]; y[1] = x[i]; }",      // a second statement
        "if (x[i] > m) m = x[i]; else m = m * 1;",       // an else branch
        "if (x[i] > m) m = x[i] + 0 * m;",               // the value reads m
        "if (x[i] > m) m = x[i - 1];",                   // another value than the one compared
        "if (x[i] == m) m = x[i];",                      // not an ordering
        "m = x[i] > m ? x[i] : m;",                      // a ternary, not an if
    };

    [Theory]
    [MemberData(nameof(Matched))]
    public void Running_extremum_tapes_one_index(string loopBody)
    {
        ForwardRowModel model = Lower(Layer(loopBody), 6, 2).Model!;
        Assert.NotNull(RunningExtremum.Match((ForLoop)model.Body[1]));
        Assert.Equal(1, model.TapeLength);
        CheckGradients(Layer(loopBody));
    }

    [Theory]
    [MemberData(nameof(NotMatched))]
    public void Other_shapes_keep_the_per_iteration_tape_and_stay_correct(string loopBody)
    {
        ForwardRowModel model = Lower(Layer(loopBody), 6, 2).Model!;
        Assert.Null(RunningExtremum.Match((ForLoop)model.Body[1]));
        Assert.True(model.TapeLength >= 5, "a flag or an old value per iteration, got " + model.TapeLength);
        CheckGradients(Layer(loopBody));
    }

    [Fact]
    public void Old_value_is_taped_when_read_again_and_extremum_nested_in_a_loop()
    {
        // Per group of 3 a running maximum; the product reads each group's maximum, so its old value is restored too.
        const string source = """
            static void ForwardRow(ReadOnlySpan<double> x, Span<double> y)
            {
                double m = 0;
                for (int g = 0; g < y.Length; g++)
                {
                    m = x[3 * g];
                    for (int i = 1; i < 3; i++)
                    {
                        if (x[3 * g + i] > m) m = x[3 * g + i];
                    }

                    y[g] = m * m;
                }
            }
            """;
        ForwardRowModel model = Lower(source, 9, 3).Model!;
        Assert.Equal(3 * (2 + 1), model.TapeLength); // per group: index and old m, and the old m before m = x[3g]
        CheckGradients(source, 9, 3);
    }

    [Fact]
    public void Ties_go_where_the_forward_went()
    {
        double[] tie = [1, 3, 2, 3, 0, 1];
        Assert.Equal([0, 1, 0, 0, 0, 0], Compile<double>(Layer("if (x[i] > m) m = x[i];"), 6, 2).Gradients(tie, [1, 0], []).Dx);
        Assert.Equal([0, 0, 0, 1, 0, 0], Compile<double>(Layer("if (x[i] >= m) m = x[i];"), 6, 2).Gradients(tie, [1, 0], []).Dx);
        Assert.Equal([0, 1, 0, 0, 0, 0], Compile<double>(Layer("if (m < x[i]) m = x[i];"), 6, 2).Gradients(tie, [1, 0], []).Dx);
        double[] lowTie = [1, 0, 2, 0, 3, 1];
        Assert.Equal([0, 1, 0, 0, 0, 0], Compile<double>(Layer("if (x[i] < m) m = x[i];"), 6, 2).Gradients(lowTie, [1, 0], []).Dx);
        Assert.Equal([0, 0, 0, 1, 0, 0], Compile<double>(Layer("if (x[i] <= m) m = x[i];"), 6, 2).Gradients(lowTie, [1, 0], []).Dx);

        // No iteration takes the branch: the derivative goes to the value before the loop; the float tape's -1 index
        // (a NaN bit pattern) round-trips.
        Assert.Equal([1f, 0, 0, 0, 0, 0], Compile<float>(Layer("if (x[i] > m) m = x[i];").Replace("double", "float"), 6, 2).Gradients([5f, 1, 2, 3, 4, 5], [1f, 0], []).Dx);
    }

    private static void CheckGradients(string source, int inputs = 6, int outputs = 2)
    {
        CompiledLayer<double> layer = Compile<double>(source, inputs, outputs);
        int seed = 0;
        foreach (double[] x in GradientCheck.Rows(inputs, 5, large: true, ties: false))
        {
            GradientCheck.Verify(layer, x, [], seed++);
        }
    }
}
