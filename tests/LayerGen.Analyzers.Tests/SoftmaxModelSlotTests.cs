using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The semantic model on accumulators kept in constant slots of a small buffer (<c>stats[0]</c> the max,
/// <c>stats[1]</c> the sum): each slot is a variable of its own, folded and reset only by writes to its index; a
/// write at a computed index or a <c>Fill</c> may reset it. Descriptions are compared with the same code on locals.
/// </summary>
public class SoftmaxModelSlotTests
{
    private const string Exps = "for (int j = 0; j < cols; j++) { y[r, j] = MathF.Exp(x[r, j] - M); S += y[r, j]; }";
    private const string Divide = "for (int j = 0; j < cols; j++) y[r, j] /= S;";

    [Fact]
    public void SlotsResetPerRow_AreThePerRowMaxAndSum_LikeLocals()
    {
        var models = DescribeMethods($$"""
            static void Locals(float[,] x, float[,] y, int rows, int cols) {
                for (int r = 0; r < rows; r++) {
                    float m = float.MinValue; float s = 0f;
                    for (int j = 0; j < cols; j++) m = MathF.Max(m, x[r, j]);
                    {{Body("m", "s")}}
                }
            }
            static void Slots(float[,] x, float[,] y, int rows, int cols) {
                Span<float> stats = stackalloc float[2];
                for (int r = 0; r < rows; r++) {
                    stats[0] = float.MinValue; stats[1] = 0f;
                    for (int j = 0; j < cols; j++) stats[0] = MathF.Max(stats[0], x[r, j]);
                    {{Body("stats[0]", "stats[1]")}}
                }
            }
            """);
        Assert.Contains("| sum s {x.r1} | max m {x.r1} |", models["Locals"], StringComparison.Ordinal);
        Assert.Equal(models["Locals"].Replace("| sum s ", "| sum stats ", StringComparison.Ordinal).Replace("| max m ", "| max stats ", StringComparison.Ordinal)
            .Replace("/= s", "/= stats[1]", StringComparison.Ordinal), models["Slots"]);
    }

    [Fact]
    public void MaxSlotSeededOnce_SpansTheBatch_WhileTheSumSlotStaysPerRow()
    {
        var models = DescribeMethods($$"""
            static void Slots(double[,] x, double[,] y, int rows, int cols) {
                var stats = new double[2];
                stats[0] = double.NegativeInfinity;
                for (int r = 0; r < rows; r++) {
                    stats[1] = 0.0;
                    for (int j = 0; j < cols; j++) if (x[r, j] > stats[0]) stats[0] = x[r, j];
                    {{Body("stats[0]", "stats[1]").Replace("MathF", "Math", StringComparison.Ordinal)}}
                }
            }
            """);
        Assert.Contains("| sum stats {x.r1} | max stats {x.r0,x.r1} partial |", models["Slots"], StringComparison.Ordinal);
    }

    [Fact]
    public void SumSlotNeverReset_SpansTheBatch_AndAnotherSlotsResetDoesNotResetIt()
    {
        var models = DescribeMethods($$"""
            static void Slots(float[,] x, float[,] y, int rows, int cols) {
                Span<float> acc = stackalloc float[3];
                acc[2] = 0f;
                for (int r = 0; r < rows; r++) {
                    acc[0] = float.MinValue; acc[1] = 0f;
                    for (int j = 0; j < cols; j++) acc[0] = MathF.Max(acc[0], x[r, j]);
                    {{Body("acc[0]", "acc[2]")}}
                }
            }
            """);
        Assert.Contains("| sum acc {x.r0,x.r1} partial | max acc {x.r1} |", models["Slots"], StringComparison.Ordinal);
    }

    [Fact]
    public void FillOrAComputedIndexWrite_MayResetASlot()
    {
        var models = DescribeMethods($$"""
            static void Fill(float[,] x, float[,] y, int rows, int cols) {
                Span<float> stats = stackalloc float[2];
                for (int r = 0; r < rows; r++) {
                    stats.Fill(float.MinValue); stats[1] = 0f;
                    for (int j = 0; j < cols; j++) stats[0] = MathF.Max(stats[0], x[r, j]);
                    {{Body("stats[0]", "stats[1]")}}
                }
            }
            static void Computed(float[,] x, float[,] y, int rows, int cols) {
                var stats = new float[2];
                for (int r = 0; r < rows; r++) {
                    int k = r % 1; stats[k] = float.MinValue;
                    stats[1] = 0f;
                    for (int j = 0; j < cols; j++) stats[0] = MathF.Max(stats[0], x[r, j]);
                    {{Body("stats[0]", "stats[1]")}}
                }
            }
            """);
        Assert.True(models["Fill"].Contains("| sum stats {x.r1} | max stats {x.r1} |", StringComparison.Ordinal), models["Fill"]);
        Assert.True(models["Computed"].Contains("| sum stats {x.r1} | max stats {x.r1} |", StringComparison.Ordinal), models["Computed"]);
    }

    private static string Body(string max, string sum) =>
        (Exps + " " + Divide).Replace("M)", max + ")", StringComparison.Ordinal).Replace("S +=", sum + " +=", StringComparison.Ordinal).Replace("/= S", "/= " + sum, StringComparison.Ordinal);

    private static Dictionary<string, string> DescribeMethods(string methods) => ModelDescriptions.Of($$"""
        using System;
        static class C {
        {{methods}}
        }
        """);
}
