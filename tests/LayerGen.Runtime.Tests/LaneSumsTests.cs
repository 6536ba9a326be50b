using System.Runtime.Intrinsics;
using LayerGen.Generated;

namespace LayerGen.Runtime.Tests;

/// <summary>
/// The order of a sum generated code runs on lanes (<see cref="LaneSums"/>): vector k of the loop goes to accumulator
/// k mod 4, and the total is <c>Sum((a0 + a1) + (a2 + a3))</c>, bit for bit, however the loop ran its vectors — all on
/// Vector256 with the accumulators rotated after each, or first as Vector512 steps whose halves go to two accumulators.
/// </summary>
public class LaneSumsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(13)]
    [InlineData(128)]
    public void Rotated_accumulators_total_the_fixed_order_on_either_width(int vectors)
    {
        var random = new Random(vectors);

        // Terms of very different sizes, so that another order would change the last bits.
        float[] terms = Enumerable.Range(0, vectors * 8).Select(_ => (float)((random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-6, 7)))).ToArray();
        float expected = Reference(terms);

        Assert.Equal(Bits(expected), Bits(Narrow(terms)));
        for (int wideSteps = 0; wideSteps <= vectors / 2; wideSteps++)
        {
            Assert.Equal(Bits(expected), Bits(Wide(terms, wideSteps)));
        }
    }

    [Fact]
    public void Double_accumulators_total_the_same_order()
    {
        var random = new Random(3);
        double[] terms = Enumerable.Range(0, 11 * 4).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-9, 10))).ToArray();
        var accumulators = new Vector256<double>[4];
        for (int k = 0; k < 11; k++)
        {
            accumulators[k % 4] += Vector256.Create(terms.AsSpan(k * 4, 4));
        }

        Vector256<double> a = Vector256<double>.Zero, b = a, c = a, d = a;
        for (int k = 0; k < 11; k++)
        {
            a += Vector256.Create(terms.AsSpan(k * 4, 4));
            (a, b, c, d) = (b, c, d, a);
        }

        double expected = Vector256.Sum((accumulators[0] + accumulators[1]) + (accumulators[2] + accumulators[3]));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(LaneSums.Total(a, b, c, d, 11)));
    }

    [Fact]
    public void The_four_accumulators_are_not_one_chain()
    {
        // Vectors 1e8, 3, -1e8, 3 in every lane. One chain: ((1e8 + 3) - 1e8) + 3 = 3 (1e8 + 3 rounds to 1e8 in float);
        // four accumulators: (1e8 + 3) + (-1e8 + 3) = 1e8 - 1e8 = 0 (each pair rounds away its 3).
        float[] terms = new float[4 * 8];
        for (int lane = 0; lane < 8; lane++)
        {
            terms[lane] = 1e8f;
            terms[8 + lane] = 3f;
            terms[16 + lane] = -1e8f;
            terms[24 + lane] = 3f;
        }

        var one = Vector256<float>.Zero;
        for (int k = 0; k < 4; k++)
        {
            one += Vector256.Create(terms.AsSpan(k * 8, 8));
        }

        Assert.Equal(24f, Vector256.Sum(one));
        Assert.Equal(0f, Narrow(terms));
        Assert.Equal(0f, Wide(terms, 2));
    }

    /// <summary>The documented order, written out: vector k into accumulator k mod 4, then the fixed tree.</summary>
    private static float Reference(float[] terms)
    {
        var accumulators = new Vector256<float>[4];
        for (int k = 0; k < terms.Length / 8; k++)
        {
            accumulators[k % 4] += Vector256.Create(terms.AsSpan(k * 8, 8));
        }

        return Vector256.Sum((accumulators[0] + accumulators[1]) + (accumulators[2] + accumulators[3]));
    }

    /// <summary>As generated code runs without Vector512: one vector per step, the accumulators rotated by one.</summary>
    private static float Narrow(float[] terms) => Wide(terms, 0);

    /// <summary>As generated code runs with Vector512: whole Vector512 steps first (halves into a and b, rotated by two), then Vector256 steps.</summary>
    private static float Wide(float[] terms, int wideSteps)
    {
        Vector256<float> a = Vector256<float>.Zero, b = a, c = a, d = a;
        int i = 0;
        for (int step = 0; step < wideSteps; step++, i += 16)
        {
            Vector512<float> term = Vector512.Create(terms.AsSpan(i, 16));
            a += term.GetLower();
            b += term.GetUpper();
            (a, b, c, d) = (c, d, a, b);
        }

        for (; i < terms.Length; i += 8)
        {
            a += Vector256.Create(terms.AsSpan(i, 8));
            (a, b, c, d) = (b, c, d, a);
        }

        return LaneSums.Total(a, b, c, d, terms.Length / 8);
    }

    private static int Bits(float value) => BitConverter.SingleToInt32Bits(value);
}
