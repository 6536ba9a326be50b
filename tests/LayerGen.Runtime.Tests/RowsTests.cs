using static LayerGen.Runtime.Tests.TestData;

namespace LayerGen.Runtime.Tests;

public class RowsTests
{
    [Fact]
    public void ArgMax_picks_the_first_largest_entry_per_row()
    {
        float[] x = [1, 5, 5, 2, /**/ -3, -1, -2, -1, /**/ 0, 0, 0, 0];
        var classes = new int[4];
        classes[3] = 42;

        Rows.ArgMax(x, 4, classes);

        Assert.Equal(new[] { 1, 1, 0, 42 }, classes); // entries past the row count stay untouched
    }

    [Fact]
    public void ArgMax_treats_NaN_as_largest_and_handles_infinities()
    {
        double[] x = [1, double.NaN, 3, /**/ double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity, /**/ 2, double.PositiveInfinity, double.NaN];
        var classes = new int[3];

        Rows.ArgMax(x, 3, classes);

        Assert.Equal(new[] { 1, 0, 2 }, classes);
    }

    [Fact]
    public void ArgMax_of_logits_equals_argmax_of_softmax()
    {
        foreach (int cols in Widths)
        {
            float[] x = Floats(6 * cols, seed: cols, scale: 10);
            var p = new float[x.Length];
            Softmax.Forward(x, p, cols);
            var fromLogits = new int[6];
            var fromProbabilities = new int[6];

            Rows.ArgMax(x, cols, fromLogits);
            Rows.ArgMax(p, cols, fromProbabilities);

            Assert.Equal(fromLogits, fromProbabilities);
            for (int r = 0; r < 6; r++)
            {
                Assert.Equal(x.AsSpan(r * cols, cols).ToArray().Max(), x[r * cols + fromLogits[r]]);
            }
        }
    }
}
