// Source: PointNet part segmentation (Qi et al. 2017), channel-first head output [batch, parts, points]; softmax over
// the parts of each point.
// Layout: ReadOnlySpan<float> slice per cloud ([parts, points], points contiguous), output Span<float>.
// Bug: LG0001, the shift is one peak over the whole cloud (every part of every point), not each point's own peak.
using System;

namespace HeldOut24.PointNetCloudPeak;

/// <summary>Per-point part probabilities, one cloud slice at a time.</summary>
public static class CloudSegmentation
{
    /// <summary>Softmax over the part channel of each point, for every cloud of the batch.</summary>
    public static void Segment(ReadOnlySpan<float> logits, int parts, int points, Span<float> probabilities)
    {
        int stride = parts * points;
        for (int start = 0; start + stride <= logits.Length; start += stride)
        {
            ReadOnlySpan<float> cloud = logits.Slice(start, stride);
            Span<float> output = probabilities.Slice(start, stride);
            float peak = cloud[0];
            for (int i = 1; i < cloud.Length; i++)
            {
                if (cloud[i] > peak) peak = cloud[i]; //~ LG0001
            }

            for (int p = 0; p < points; p++)
            {
                float sum = 0f;
                for (int c = 0; c < parts; c++)
                {
                    float e = MathF.Exp(cloud[c * points + p] - peak);
                    output[c * points + p] = e;
                    sum += e;
                }

                for (int c = 0; c < parts; c++)
                {
                    output[c * points + p] /= sum;
                }
            }
        }
    }
}
