// Idiom: a document-tagging service with label-major jagged logits `z[label][document]` (one array per label, as a
// per-label scoring job writes them), label peaks computed with LINQ, then per-document normalisation.
// Layout: jagged `double[labels][documents]`; each softmax runs over the labels of one document (down a "column").
// Twin of LabelMatrix_ColumnPerDocument; own code.
// Bug LG0004: `labelPeak[c]` is the max of one label over all documents (the other axis), while the sum runs over the
// labels of one document: max and sum over different axes.
using System;
using System.Linq;

namespace HeldOut66.LabelMatrix_JaggedLabelPeaks;

public static class DocumentTagger
{
    public static double[][] LabelProbabilities(double[][] z)
    {
        int labels = z.Length, documents = z[0].Length;
        double[] labelPeak = z.Select(row => row.Max()).ToArray(); //~ LG0004
        var p = new double[labels][];
        for (int c = 0; c < labels; c++)
        {
            p[c] = new double[documents];
        }

        for (int d = 0; d < documents; d++)
        {
            double sum = 0;
            for (int c = 0; c < labels; c++)
            {
                p[c][d] = Math.Exp(z[c][d] - labelPeak[c]);
                sum += p[c][d];
            }

            for (int c = 0; c < labels; c++)
            {
                p[c][d] /= sum;
            }
        }

        return p;
    }
}
