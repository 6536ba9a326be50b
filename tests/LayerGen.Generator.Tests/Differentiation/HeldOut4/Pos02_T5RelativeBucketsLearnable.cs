// T5-style relative position bias (causal, 8 buckets, max distance 32; HF transformers' _relative_position_bucket with
// bidirectional=False) added to the last query's 16 attention scores: half the buckets exact, the rest logarithmic;
// the bucket is an int computed through Math.Log of the distance, the bias a learnable table indexed by it.
// expect: gradient
using System;
using LayerGen;

namespace HeldOut4;

[DifferentiableLayer(16)]
public partial class T5RelativeBucketsLearnable
{
    static void ForwardRow(ReadOnlySpan<double> x, Span<double> y, [Learnable(8, StandardDeviation = 0.5)] ReadOnlySpan<double> bucketBias)
    {
        const int Buckets = 8, MaxExact = Buckets / 2, MaxDistance = 32;
        int query = x.Length - 1;
        for (int j = 0; j < x.Length; j++)
        {
            int distance = query - j;
            int bucket = distance < MaxExact
                ? distance
                : Math.Min(Buckets - 1, MaxExact + (int)(Math.Log((double)distance / MaxExact) / Math.Log((double)MaxDistance / MaxExact) * (Buckets - MaxExact)));
            y[j] = x[j] + bucketBias[bucket];
        }
    }
}
