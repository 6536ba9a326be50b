// Source: GE2E softmax loss for speaker verification (Wan et al. 2018), the learned scale w and bias b held by a scorer
//         object (re-created shape, our own code).
// Layout: records `EnrolledUtterance(string Speaker, double[] CentroidCosines)`; a private helper `ScaledExp` reading the
//         fields `_w`, `_b`; one weights array per utterance.
// Label: LG0003 — the helper exponentiates w · cos + b without subtracting the utterance's maximum (a large b overflows).
using System;
using System.Collections.Generic;

namespace HeldOut25.Ge2e;

/// <summary>An utterance with its cosine similarity to every speaker centroid.</summary>
public sealed record EnrolledUtterance(string Speaker, double[] CentroidCosines);

/// <summary>Speaker posteriors under a GE2E similarity scale and bias.</summary>
public sealed class Ge2eScorer
{
    private readonly double _w;
    private readonly double _b;

    /// <summary>Creates a scorer with the similarity scale <paramref name="w"/> and bias <paramref name="b"/>.</summary>
    public Ge2eScorer(double w, double b)
    {
        _w = w;
        _b = b;
    }

    /// <summary>Returns, per utterance, the softmax over speakers of w · cos + b.</summary>
    public List<double[]> SpeakerPosteriors(IReadOnlyList<EnrolledUtterance> batch)
    {
        var result = new List<double[]>(batch.Count);
        foreach (var utterance in batch)
        {
            double[] cos = utterance.CentroidCosines;
            var weights = new double[cos.Length];
            double sum = 0.0;
            for (int k = 0; k < cos.Length; k++)
            {
                weights[k] = ScaledExp(cos[k]); //~ LG0003
                sum += weights[k];
            }

            for (int k = 0; k < cos.Length; k++)
            {
                weights[k] /= sum;
            }

            result.Add(weights);
        }

        return result;
    }

    private double ScaledExp(double cosine) => Math.Exp(_w * cosine + _b);
}
