// Idiom: spatial softmax of keypoint heatmaps with a temperature, one flat CHW buffer per image in a List (a
// keypoint/pose head's per-channel probability maps); the author exponentiates the tempered logits directly.
// Layout: List<float[]> images, each float[channels * h * w]; channel ch's plane is [ch * h * w, (ch + 1) * h * w).
// Bug LG0003: exp of the unshifted logits (overflow for logits / temperature above ~88, 0 / 0 below ~-103).
using System;
using System.Collections.Generic;

namespace HeldOut67.SpatialSoftmax_RawHeatmaps;

public static class Heatmaps
{
    public static List<float[]> ToProbabilities(List<float[]> images, int channels, int h, int w, float temperature)
    {
        int plane = h * w;
        var result = new List<float[]>(images.Count);
        foreach (float[] chw in images)
        {
            var prob = new float[chw.Length];
            for (int ch = 0; ch < channels; ch++)
            {
                int offset = ch * plane;
                float norm = 0f;
                for (int p = 0; p < plane; p++)
                {
                    prob[offset + p] = MathF.Exp(chw[offset + p] / temperature); //~ LG0003
                    norm += prob[offset + p];
                }

                for (int p = 0; p < plane; p++)
                {
                    prob[offset + p] /= norm;
                }
            }

            result.Add(prob);
        }

        return result;
    }
}
