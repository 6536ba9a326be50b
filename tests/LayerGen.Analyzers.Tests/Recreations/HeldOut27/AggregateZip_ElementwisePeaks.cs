// Idiom: LINQ Aggregate of rows with Zip(Math.Max) — an element-wise maximum across the rows.
// Use: contrastive image–text batch, softmax of each image row over the captions.
// Layout: jagged double[images][captions].
// Label: LG0004 — the Aggregate/Zip fold gives each caption column's peak over all images, while each sum runs over a row.
using System;
using System.Linq;

namespace LayerGen.Recreations.HeldOut27;

public static class AggregateZipContrastive
{
    /// <summary>Image-to-caption probabilities of each image row.</summary>
    public static double[][] ImageToCaption(double[][] similarity)
    {
        double[] peaks = similarity.Aggregate((acc, row) => acc.Zip(row, Math.Max).ToArray()); //~ LG0004
        var probabilities = new double[similarity.Length][];
        for (int i = 0; i < similarity.Length; i++)
        {
            double[] e = similarity[i].Zip(peaks, (s, m) => Math.Exp(s - m)).ToArray();
            double sum = e.Sum();
            probabilities[i] = e.Select(v => v / sum).ToArray();
        }

        return probabilities;
    }
}
