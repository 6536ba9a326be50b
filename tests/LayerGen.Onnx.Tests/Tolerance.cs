using System.Numerics;

namespace LayerGen.Onnx.Tests;

/// <summary>
/// Element-wise comparison of two row-major results: each entry within a relative bound of the larger of its own
/// magnitude and its row's largest magnitude. Entries much smaller than the rest of their row come from cancellation
/// in the sums (ONNX Runtime's Gemm adds in another order than LayerGen's), so their error scales with the row, not with
/// the entry; softmax and argmax depend on the row's scale too.
/// </summary>
internal static class Tolerance
{
    /// <summary>Float: 1e-5; double: 1e-12.</summary>
    public static double For<T>() => typeof(T) == typeof(float) ? 1e-5 : 1e-12;

    /// <summary>Asserts that every entry of <paramref name="actual"/> is within the bound of <paramref name="expected"/>.</summary>
    public static void AssertClose<T>(ReadOnlySpan<T> expected, ReadOnlySpan<T> actual, int cols, string what)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        Assert.Equal(expected.Length, actual.Length);
        double relative = For<T>();
        for (int start = 0; start < expected.Length; start += cols)
        {
            double rowScale = 0;
            for (int c = 0; c < cols; c++)
            {
                rowScale = Math.Max(rowScale, Math.Abs(double.CreateChecked(expected[start + c])));
            }

            for (int i = start; i < start + cols; i++)
            {
                double e = double.CreateChecked(expected[i]), a = double.CreateChecked(actual[i]);
                double error = Math.Abs(a - e);
                double bound = relative * Math.Max(Math.Max(Math.Abs(e), Math.Abs(a)), rowScale);
                Assert.True(double.IsFinite(a) && error <= bound,
                    $"{what}[{i}]: ONNX Runtime {a:R}, LayerGen {e:R}, error {error:E2} > bound {bound:E2} (row scale {rowScale:R})");
            }
        }
    }
}
