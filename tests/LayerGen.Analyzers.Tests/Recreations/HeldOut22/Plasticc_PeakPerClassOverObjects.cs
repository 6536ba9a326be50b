// Source: re-creates the shape of astronomical transient classification of light curves (the PLAsTiCC challenge, 2018;
// Avocado / RAPID style classifiers): class probabilities per object.
// Layout: flat Span<double> [objects × classes] normalised in place; per-class peaks in a stackalloc'd span.
// Label: LG0004 — the peak is taken per class over every object (a column), the sum per object (a row): the max and
// the sum run over different axes.
using System;

namespace HeldOut22.Plasticc_PeakPerClassOverObjects;

/// <summary>Per-object transient-class probabilities.</summary>
public static class TransientClassifier
{
    /// <summary>Replaces each object's class scores in <paramref name="scores"/> by their softmax.</summary>
    public static void ToProbabilities(Span<double> scores, int classes)
    {
        int objects = scores.Length / classes;
        Span<double> classPeak = stackalloc double[classes];
        classPeak.Fill(double.NegativeInfinity);
        for (int o = 0; o < objects; o++)
        {
            for (int k = 0; k < classes; k++)
            {
                classPeak[k] = Math.Max(classPeak[k], scores[o * classes + k]); //~ LG0004
            }
        }

        for (int o = 0; o < objects; o++)
        {
            Span<double> slice = scores.Slice(o * classes, classes);
            double sum = 0.0;
            for (int k = 0; k < classes; k++)
            {
                slice[k] = Math.Exp(slice[k] - classPeak[k]);
                sum += slice[k];
            }

            for (int k = 0; k < classes; k++)
            {
                slice[k] /= sum;
            }
        }
    }
}
