using System.Runtime.Intrinsics;

namespace LayerGen.Runtime.Tests;

/// <summary>The polynomial exp of every width against <see cref="Math.Exp"/>, including its special values.</summary>
public class VectorExpTests
{
    private static float[] FloatInputs()
    {
        var values = new List<float> { 0f, -0f, 1f, -1f, 1e-8f, -1e-8f, 0.34657359f, -0.34657359f, 10f, -10f, -80f, -87.3f, -87.33f, 88f, 88.7f, -103f, -1e4f, 1e4f };
        var random = new Random(5);
        for (int i = 0; i < 20000; i++)
        {
            values.Add((float)(random.NextDouble() * 176 - 88)); // [−88, 88]: the whole normal range
        }

        return values.ToArray();
    }

    private static double[] DoubleInputs()
    {
        var values = new List<double> { 0, -0.0, 1, -1, 1e-17, -1e-17, 0.34657359027997264, 300, -300, -700, -708.3, 709, 709.7, -745.2, -1e5, 1e5 };
        var random = new Random(6);
        for (int i = 0; i < 20000; i++)
        {
            values.Add(random.NextDouble() * 1416 - 708);
        }

        return values.ToArray();
    }

    private static float[] ExpFloat(int width, float[] x)
    {
        var y = new float[x.Length];
        for (int i = 0; i < x.Length; i += 16)
        {
            var chunk = new float[16];
            
            Array.Copy(x, i, chunk, 0, Math.Min(16, x.Length - i));
            float[] result = width switch
            {
                128 => Enumerable.Range(0, 4).SelectMany(q => Elements(VectorMath.Exp<Vector128<float>, float, Simd128<float>>(Vector128.Create(chunk, q * 4)))).ToArray(),
                256 => Enumerable.Range(0, 2).SelectMany(q => Elements(VectorMath.Exp<Vector256<float>, float, Simd256<float>>(Vector256.Create(chunk, q * 8)))).ToArray(),
                _ => Elements(VectorMath.Exp<Vector512<float>, float, Simd512<float>>(Vector512.Create(chunk))),
            };
            Array.Copy(result, 0, y, i, Math.Min(16, x.Length - i));
        }

        return y;
    }

    private static double[] ExpDouble(int width, double[] x)
    {
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i += 8)
        {
            var chunk = new double[8];
            Array.Copy(x, i, chunk, 0, Math.Min(8, x.Length - i));
            double[] result = width switch
            {
                128 => Enumerable.Range(0, 4).SelectMany(q => Elements(VectorMath.Exp<Vector128<double>, double, Simd128<double>>(Vector128.Create(chunk, q * 2)))).ToArray(),
                256 => Enumerable.Range(0, 2).SelectMany(q => Elements(VectorMath.Exp<Vector256<double>, double, Simd256<double>>(Vector256.Create(chunk, q * 4)))).ToArray(),
                _ => Elements(VectorMath.Exp<Vector512<double>, double, Simd512<double>>(Vector512.Create(chunk))),
            };
            Array.Copy(result, 0, y, i, Math.Min(8, x.Length - i));
        }

        return y;
    }

    private static T[] Elements<T>(Vector128<T> v) => Enumerable.Range(0, Vector128<T>.Count).Select(i => v.GetElement(i)).ToArray();

    private static T[] Elements<T>(Vector256<T> v) => Enumerable.Range(0, Vector256<T>.Count).Select(i => v.GetElement(i)).ToArray();

    private static T[] Elements<T>(Vector512<T> v) => Enumerable.Range(0, Vector512<T>.Count).Select(i => v.GetElement(i)).ToArray();

    public static TheoryData<int> Widths => new() { 128, 256, 512 };

    [Theory]
    [MemberData(nameof(Widths))]
    public void Float_exp_is_within_two_ulp_over_the_normal_range(int width)
    {
        float[] x = FloatInputs();
        float[] y = ExpFloat(width, x);
        for (int i = 0; i < x.Length; i++)
        {
            double exact = Math.Exp(x[i]);
            if (exact < 1.1754943508222875e-38) // smallest normal float
            {
                Assert.Equal(0f, y[i]); // below the smallest normal float: flushed to zero
            }
            else if (exact > float.MaxValue)
            {
                Assert.Equal(float.PositiveInfinity, y[i]);
            }
            else
            {
                Assert.True(Math.Abs(y[i] - exact) <= 2.5e-7 * exact, $"exp({x[i]:R}) = {y[i]:R}, exact {exact:R}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Double_exp_is_within_two_ulp_over_the_normal_range(int width)
    {
        double[] x = DoubleInputs();
        double[] y = ExpDouble(width, x);
        for (int i = 0; i < x.Length; i++)
        {
            double exact = Math.Exp(x[i]);
            if (exact < 2.2250738585072014e-308) // smallest normal double
            {
                Assert.Equal(0.0, y[i]);
            }
            else if (double.IsInfinity(exact))
            {
                Assert.Equal(double.PositiveInfinity, y[i]);
            }
            else
            {
                Assert.True(Math.Abs(y[i] - exact) <= 4.5e-16 * exact, $"exp({x[i]:R}) = {y[i]:R}, Math.Exp {exact:R}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public void Special_values_map_as_documented(int width)
    {
        float[] y = ExpFloat(width, [float.NegativeInfinity, float.PositiveInfinity, float.NaN, -1000f, 1000f, 0f]);
        Assert.Equal(new[] { 0f, float.PositiveInfinity }, y[..2]);
        Assert.True(float.IsNaN(y[2]));
        Assert.Equal(new[] { 0f, float.PositiveInfinity, 1f }, y[3..]);

        double[] yd = ExpDouble(width, [double.NegativeInfinity, double.PositiveInfinity, double.NaN, -1e6, 1e6, 0]);
        Assert.Equal(new[] { 0.0, double.PositiveInfinity }, yd[..2]);
        Assert.True(double.IsNaN(yd[2]));
        Assert.Equal(new[] { 0.0, double.PositiveInfinity, 1.0 }, yd[3..]);
    }
}
