// Source: Naive Bayes classifiers in C# that normalise log-joint scores per document.
// Layout: double[docs, classes]; softmax over classes of each document.
// Bug (LG0002): the evidence is declared once before the document loop and never reset.
using System;

namespace LayerGen.Recreations.HeldOut5.NaiveBayesEvidenceAcrossDocsNs;

public static class NaiveBayesEvidenceAcrossDocs
{
    public static double[,] Posterior(double[,] logJoint)
    {
        int docs = logJoint.GetLength(0);
        int classes = logJoint.GetLength(1);
        var post = new double[docs, classes];
        double evidence = 0.0;
        for (int d = 0; d < docs; d++)
        {
            double top = logJoint[d, 0];
            for (int c = 1; c < classes; c++)
            {
                top = Math.Max(top, logJoint[d, c]);
            }
            for (int c = 0; c < classes; c++)
            {
                post[d, c] = Math.Exp(logJoint[d, c] - top);
                evidence += post[d, c]; //~ LG0002
            }
            for (int c = 0; c < classes; c++)
            {
                post[d, c] /= evidence;
            }
        }
        return post;
    }
}
