using System.Runtime.Intrinsics;
using LayerGen.Generated;

namespace LayerGen.Runtime.Tests;

/// <summary>
/// The Vector512 helpers of generated forwards: they must give what the Vector256 ones give, bit for bit, so that a
/// layer's results do not depend on whether the machine runs its Vector512 lanes.
/// </summary>
public class WideLanesTests
{
    [Fact]
    public void Softmax_row_exp_on_Vector512_lanes_equals_the_Vector256_exp_bit_for_bit()
    {
        var random = new Random(5);
        float[] special = [0f, -0f, -87.33654f, -87.34f, -87.3f, -86.99f, -100f, float.NegativeInfinity, -1e4f, -1f, -1e-30f, -float.Epsilon, -0.5f, -0.3465736f, -0.6931472f, -88f];
        for (int i = 0; i < 20000; i++)
        {
            float[] x = i == 0 ? special : Enumerable.Range(0, 16).Select(_ => (float)(-90 * Math.Pow(random.NextDouble(), 1 + (i % 4)))).ToArray();
            Vector512<float> wide = SoftmaxRow.Exp(Vector512.Create(x));
            Vector256<float> lower = SoftmaxRow.Exp(Vector256.Create(x.AsSpan(0, 8)));
            Vector256<float> upper = SoftmaxRow.Exp(Vector256.Create(x.AsSpan(8, 8)));
            for (int lane = 0; lane < 16; lane++)
            {
                float narrow = lane < 8 ? lower[lane] : upper[lane - 8];
                Assert.True(BitConverter.SingleToInt32Bits(narrow) == BitConverter.SingleToInt32Bits(wide[lane]), $"exp({x[lane]:R}): {wide[lane]:R} on Vector512, {narrow:R} on Vector256");
            }
        }
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Folding_Vector512_lanes_then_merging_gives_the_scalar_loops_extremum_and_iteration(bool maximum, bool first)
    {
        var random = new Random(maximum ? (first ? 1 : 2) : (first ? 3 : 4));
        for (int trial = 0; trial < 3000; trial++)
        {
            // Few distinct values, so ties (and -0 against +0) are common; sometimes NaN entries or a NaN start.
            int length = 16 * random.Next(1, 5);
            float[] pool = [1f, -1f, 0f, -0f, 2f, -2f, float.PositiveInfinity, float.NegativeInfinity, float.NaN];
            float[] x = Enumerable.Range(0, length).Select(_ => pool[random.Next(trial % 3 == 0 ? pool.Length : pool.Length - 1)]).ToArray();
            float start = trial % 7 == 0 ? float.NaN : pool[random.Next(pool.Length - 1)];

            // The scalar loop: if (x[i] op m) { m = x[i]; at = i; }.
            float m = start;
            int at = -1;
            for (int i = 0; i < length; i++)
            {
                if (Takes(x[i], m, maximum, first))
                {
                    m = x[i];
                    at = i;
                }
            }

            // As the generated code runs it: Vector512 lanes over the first whole pairs of vectors, folded into Vector256
            // lanes that take the rest, then merged.
            int wideEnd = (length / 16) - (trial % 2); // sometimes the last 16 entries on Vector256 lanes
            wideEnd = Math.Max(wideEnd, 0) * 16;
            var wideBest = Vector512.Create(start);
            var wideAt = Vector512.Create(-1);
            for (int i = 0; i < wideEnd; i += 16)
            {
                var v = Vector512.Create(x.AsSpan(i, 16));
                var taken = Compare(v, wideBest, maximum, first);
                wideBest = Vector512.ConditionalSelect(taken, v, wideBest);
                wideAt = Vector512.ConditionalSelect(taken.AsInt32(), Vector512.Create(i) + Vector512<int>.Indices, wideAt);
            }

            LaneWinners.Fold(wideBest, wideAt, maximum, first, out Vector256<float> best, out Vector256<int> bestAt);
            for (int i = wideEnd; i < length; i += 8)
            {
                var v = Vector256.Create(x.AsSpan(i, 8));
                var taken = Compare(v, best, maximum, first);
                best = Vector256.ConditionalSelect(taken, v, best);
                bestAt = Vector256.ConditionalSelect(taken.AsInt32(), Vector256.Create(i) + Vector256<int>.Indices, bestAt);
            }

            float merged = start;
            int mergedAt = LaneWinners.Merge(best, bestAt, maximum, first, ref merged);

            Assert.Equal(at, mergedAt);
            Assert.Equal(BitConverter.SingleToInt32Bits(m), BitConverter.SingleToInt32Bits(merged));
        }
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Merging_values_alone_gives_the_scalar_loops_extremum_or_declines_and_leaves_it(bool maximum, bool first)
    {
        var random = new Random(maximum ? (first ? 5 : 6) : (first ? 7 : 8));
        int declined = 0, merged = 0;
        for (int trial = 0; trial < 4000; trial++)
        {
            int length = 16 + random.Next(0, 50);
            float[] pool = [1f, -1f, 0f, -0f, 2f, -2f, float.PositiveInfinity, float.NegativeInfinity, float.NaN, 0.5f, -0.5f, 3f];
            int distinct = trial % 4 == 0 ? pool.Length : pool.Length - 4; // NaN entries in a quarter of the trials
            float[] x = Enumerable.Range(0, length).Select(_ => pool[random.Next(distinct)]).ToArray();
            float start = trial % 9 == 0 ? float.NaN : x[0];

            float m = start;
            foreach (float v in x)
            {
                m = Takes(v, m, maximum, first) ? v : m;
            }

            // As the generated code runs it: whole vectors, then one vector that ends at the bound, alternate vectors in
            // two sets of lanes (swapped after each step).
            bool wide = trial % 2 == 0;
            int count = wide ? 16 : 8;
            Vector512<float> wideBest = Vector512.Create(start), wideOther = wideBest;
            Vector256<float> best = Vector256.Create(start), other = best;
            int i = 0;
            for (; ; i += count)
            {
                if (i > length - count)
                {
                    if (i >= length)
                    {
                        break;
                    }

                    i = length - count;
                }

                if (wide)
                {
                    var v = Vector512.Create(x.AsSpan(i, 16));
                    wideBest = Vector512.ConditionalSelect(Compare(v, wideBest, maximum, first), v, wideBest);
                    (wideBest, wideOther) = (wideOther, wideBest);
                }
                else
                {
                    var v = Vector256.Create(x.AsSpan(i, 8));
                    best = Vector256.ConditionalSelect(Compare(v, best, maximum, first), v, best);
                    (best, other) = (other, best);
                }

                if (i == length - count)
                {
                    break;
                }
            }

            float result = start;
            bool exact = wide ? LaneWinners.TryMerge(wideBest, wideOther, maximum, ref result) : LaneWinners.TryMerge(best, other, maximum, ref result);
            if (exact)
            {
                merged++;
                Assert.Equal(BitConverter.SingleToInt32Bits(m), BitConverter.SingleToInt32Bits(result));
            }
            else
            {
                declined++;
                Assert.Equal(BitConverter.SingleToInt32Bits(start), BitConverter.SingleToInt32Bits(result));
            }
        }

        Assert.True(declined > 0 && merged > declined, $"{merged} merged, {declined} declined");
    }

    [Fact]
    public void Merging_double_values_alone_declines_a_tie_of_minus_zero_and_zero_and_takes_the_best_otherwise()
    {
        double extremum = -5;

        // The -0 and the 0 in different sets of lanes: declined as in one set.
        Assert.False(LaneWinners.TryMerge(Vector512.Create(-1.0, -5, -3.0, -0.0, -2.0, -4.0, -1.0, -7.0), Vector512.Create(0.0), maximum: true, ref extremum));
        Assert.Equal(-5.0, extremum);
        Assert.True(LaneWinners.TryMerge(Vector256.Create(-1.0, 0.5, -3.0, -0.0), Vector256.Create(-5.0), maximum: true, ref extremum));
        Assert.Equal(0.5, extremum);
        Assert.True(LaneWinners.TryMerge(Vector512.Create(-1.0, 0.5, -3.0, -0.0, -2.0, -4.0, -1.0, 0.5), Vector512.Create(-7.0), maximum: false, ref extremum));
        Assert.Equal(-7.0, extremum);
    }

    [Fact]
    public void Folding_double_lanes_keeps_the_earlier_of_tied_iterations_and_a_taken_lane_over_an_untaken_one()
    {
        var values = Vector512.Create(1.0, 5.0, -0.0, 2.0, 1.0, 5.0, 0.0, 7.0);
        var iterations = Vector512.Create(4L, -1L, 2L, 3L, 0L, 9L, 6L, -1L);

        LaneWinners.Fold(values, iterations, maximum: true, first: true, out Vector256<double> folded, out Vector256<long> at);

        Assert.Equal(Vector256.Create(0L, 9L, 2L, 3L), at); // a tie (1 and 1): the earlier; 5 taken only in the upper lane; -0 and 0: iteration 2 first; 7 not taken
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(folded[2]));
    }

    private static bool Takes(float v, float m, bool maximum, bool first) =>
        maximum ? (first ? v > m : v >= m) : (first ? v < m : v <= m);

    private static Vector512<float> Compare(Vector512<float> v, Vector512<float> m, bool maximum, bool first) =>
        maximum ? (first ? Vector512.GreaterThan(v, m) : Vector512.GreaterThanOrEqual(v, m)) : (first ? Vector512.LessThan(v, m) : Vector512.LessThanOrEqual(v, m));

    private static Vector256<float> Compare(Vector256<float> v, Vector256<float> m, bool maximum, bool first) =>
        maximum ? (first ? Vector256.GreaterThan(v, m) : Vector256.GreaterThanOrEqual(v, m)) : (first ? Vector256.LessThan(v, m) : Vector256.LessThanOrEqual(v, m));
}
