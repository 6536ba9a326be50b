// Source: PAWS semi-supervised pseudo-labels (Assran et al. 2021; facebookresearch/suncet `snn`): each anchor's
//   similarities to the labelled support set over a temperature tau are softmaxed over the support samples, mixed with
//   the support labels, then sharpened with p^(1/T) and renormalised; done for both views of the anchors.
// Layout: one ArraySegment<float> per view over the anchor embeddings [anchors, dim]; support embeddings flat
//   [support, dim]; one-hot labels [support, classes]; the weights reuse one scratch array; the sharpening uses Pow
//   (no exp); two softmaxes (one per view) in one method.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Corpus.HeldOut17;

/// <summary>PAWS soft nearest-neighbour targets.</summary>
public static class PawsTargets
{
    /// <summary>Returns the sharpened targets [anchors · classes] of each view.</summary>
    public static float[][] Targets(
        IReadOnlyList<ArraySegment<float>> views, int anchors, float[] support, int supportCount, int dim,
        float[] labels, int classes, float tau, float sharpenT)
    {
        var result = new float[views.Count][];
        var w = new float[supportCount];
        for (int v = 0; v < views.Count; v++)
        {
            ArraySegment<float> view = views[v];
            var targets = new float[anchors * classes];
            for (int i = 0; i < anchors; i++)
            {
                ReadOnlySpan<float> anchor = view.AsSpan(i * dim, dim);
                float peak = float.NegativeInfinity;
                for (int j = 0; j < supportCount; j++)
                {
                    float s = Dot(anchor, support.AsSpan(j * dim, dim)) / tau;
                    w[j] = s;
                    if (s > peak)
                    {
                        peak = s;
                    }
                }

                float z = 0f;
                for (int j = 0; j < supportCount; j++)
                {
                    w[j] = MathF.Exp(w[j] - peak);
                    z += w[j];
                }

                Span<float> target = targets.AsSpan(i * classes, classes);
                for (int j = 0; j < supportCount; j++)
                {
                    float weight = w[j] / z;
                    for (int c = 0; c < classes; c++)
                    {
                        target[c] += weight * labels[j * classes + c];
                    }
                }

                float norm = 0f;
                for (int c = 0; c < classes; c++)
                {
                    target[c] = MathF.Pow(target[c], 1f / sharpenT);
                    norm += target[c];
                }

                for (int c = 0; c < classes; c++)
                {
                    target[c] /= norm;
                }
            }

            result[v] = targets;
        }

        return result;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        float s = 0f;
        for (int k = 0; k < a.Length; k++)
        {
            s += a[k] * b[k];
        }

        return s;
    }
}
