using static LayerGen.Runtime.Tests.TestData;

namespace LayerGen.Runtime.Tests;

/// <summary>
/// Rows of 8 to 16 floats with enough rows (29: three blocks of 8 and five left over) for the across-rows forward kernel,
/// and rows of one to two vectors for the backward's two-vector kernel, on every path against the references.
/// </summary>
public class SoftmaxShortRowsTests
{
    public static TheoryData<int> AllPaths => Paths();

    private const int Rows = 29;

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Forward_of_many_short_rows_matches_the_double_reference(int pathWidth)
    {
        for (int cols = 8; cols <= 16; cols++)
        {
            float[] x = Floats(Rows * cols, seed: 300 + cols, scale: 20);
            var y = new float[x.Length];

            Softmax.Forward<float>(x, y, cols, Path(pathWidth));

            Close(ReferenceSoftmax(ToDouble(x), cols), y, abs: 2e-6, rel: 1e-5);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Non_finite_rows_inside_a_block_match_the_scalar_path_and_leave_the_other_rows_exact(int pathWidth)
    {
        foreach (int cols in new[] { 8, 10, 16 })
        {
            float[] x = Floats(Rows * cols, seed: cols, scale: 5);
            x[(9 * cols) + 2] = float.NaN;                              // block 1: a NaN row
            x[(10 * cols) + 1] = float.PositiveInfinity;                // block 1: +∞ twice share the mass
            x[(10 * cols) + 4] = float.PositiveInfinity;
            x.AsSpan(12 * cols, cols).Fill(float.NegativeInfinity);     // block 1: an all −∞ row gives zeros
            var expected = new float[x.Length];
            var actual = new float[x.Length];

            Softmax.Forward<float>(x, expected, cols, SimdPath.Scalar);
            Softmax.Forward<float>(x, actual, cols, Path(pathWidth));

            Assert.All(actual.AsSpan(9 * cols, cols).ToArray(), v => Assert.True(float.IsNaN(v)));
            Assert.Equal(expected.AsSpan(10 * cols, cols).ToArray(), actual.AsSpan(10 * cols, cols).ToArray());
            Assert.Equal(expected.AsSpan(12 * cols, cols).ToArray(), actual.AsSpan(12 * cols, cols).ToArray());
            Close(ReferenceSoftmax(ToDouble(x.AsSpan(11 * cols, cols)), cols), actual.AsSpan(11 * cols, cols), abs: 2e-6, rel: 1e-5);
            Close(ReferenceSoftmax(ToDouble(x.AsSpan(0, 8 * cols)), cols), actual.AsSpan(0, 8 * cols), abs: 2e-6, rel: 1e-5);
            Close(ReferenceSoftmax(ToDouble(x.AsSpan(16 * cols)), cols), actual.AsSpan(16 * cols), abs: 2e-6, rel: 1e-5);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Forward_in_place_equals_forward_into_another_buffer(int pathWidth)
    {
        foreach (int cols in new[] { 9, 10, 16 })
        {
            float[] x = Floats(Rows * cols, seed: 400 + cols, scale: 8);
            var separate = new float[x.Length];
            Softmax.Forward<float>(x, separate, cols, Path(pathWidth));

            Softmax.Forward<float>(x, x, cols, Path(pathWidth));

            Assert.Equal(separate, x);
        }
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void Backward_of_one_to_two_vector_rows_matches_the_double_reference_also_in_place(int pathWidth)
    {
        foreach (int cols in new[] { 2, 3, 4, 5, 7, 8, 9, 10, 15, 16, 17, 31, 32, 33 })
        {
            double[] x = Doubles(Rows * cols, seed: cols, scale: 3);
            double[] y = ReferenceSoftmax(x, cols);
            double[] dy = Doubles(Rows * cols, seed: 500 + cols);
            var expected = new double[y.Length];
            for (int r = 0; r < Rows; r++)
            {
                double dot = 0;
                for (int j = 0; j < cols; j++)
                {
                    dot += y[(r * cols) + j] * dy[(r * cols) + j];
                }

                for (int j = 0; j < cols; j++)
                {
                    expected[(r * cols) + j] = y[(r * cols) + j] * (dy[(r * cols) + j] - dot);
                }
            }

            var dx = new double[y.Length];
            Softmax.Backward<double>(y, dy, dx, cols, Path(pathWidth));
            Close(expected, dx, abs: 1e-14, rel: 1e-10, relativeFloor: 1e-6);

            double[] inPlace = (double[])dy.Clone();
            Softmax.Backward<double>(y, inPlace, inPlace, cols, Path(pathWidth));
            Assert.Equal(dx, inPlace);
        }
    }
}
