// Idiom: fastText-style classifier evaluating a batch of documents, averaged embeddings then label softmax
// Layout: jagged int[][] documents, embeddings float[][], output weights jagged float[labels][dim], probabilities float[docs][labels]
// Bug (LG0002): the normaliser is declared once above the document loop and never reset, so it sums every document so far
using System;

namespace HeldOut44.FastText_TotalAcrossDocuments;

public static class FastTextBatch
{
    public static float[][] Predict(int[][] documents, float[][] embeddings, float[][] output)
    {
        int dim = embeddings[0].Length;
        var probs = new float[documents.Length][];
        float total = 0f;
        for (int doc = 0; doc < documents.Length; doc++)
        {
            var avg = new float[dim];
            foreach (int id in documents[doc])
                for (int d = 0; d < dim; d++) avg[d] += embeddings[id][d] / documents[doc].Length;

            var p = new float[output.Length];
            for (int k = 0; k < output.Length; k++)
                for (int d = 0; d < dim; d++) p[k] += output[k][d] * avg[d];

            float best = p[0];
            for (int k = 1; k < p.Length; k++) if (p[k] > best) best = p[k];

            for (int k = 0; k < p.Length; k++)
            {
                p[k] = MathF.Exp(p[k] - best);
                total += p[k]; //~ LG0002
            }
            for (int k = 0; k < p.Length; k++) p[k] /= total;
            probs[doc] = p;
        }
        return probs;
    }
}
