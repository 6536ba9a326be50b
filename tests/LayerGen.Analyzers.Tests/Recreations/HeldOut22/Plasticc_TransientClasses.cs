// Source: re-creates the shape of astronomical transient classification of light curves (the PLAsTiCC challenge, 2018;
// Avocado / RAPID style classifiers): class probabilities per object, optionally re-weighted by class priors.
// Layout: flat Span<double> [objects × classes] normalised in place, per-object slices, local functions for the peak
// and the normalisation.
// Label: Correct — every object's slice is shifted by its own peak and divided by its own sum.
using System;

namespace HeldOut22.Plasticc_TransientClasses;

/// <summary>Per-object transient-class probabilities.</summary>
public static class TransientClassifier
{
    /// <summary>Replaces each object's class scores in <paramref name="scores"/> by their softmax.</summary>
    public static void ToProbabilities(Span<double> scores, int classes)
    {
        int objects = scores.Length / classes;
        for (int o = 0; o < objects; o++)
        {
            Span<double> slice = scores.Slice(o * classes, classes);
            double peak = Peak(slice);
            Normalise(slice, peak);
        }

        static double Peak(ReadOnlySpan<double> values)
        {
            double peak = double.NegativeInfinity;
            for (int k = 0; k < values.Length; k++)
            {
                peak = Math.Max(peak, values[k]);
            }

            return peak;
        }

        static void Normalise(Span<double> values, double peak)
        {
            double sum = 0.0;
            for (int k = 0; k < values.Length; k++)
            {
                values[k] = Math.Exp(values[k] - peak);
                sum += values[k];
            }

            for (int k = 0; k < values.Length; k++)
            {
                values[k] /= sum;
            }
        }
    }
}
