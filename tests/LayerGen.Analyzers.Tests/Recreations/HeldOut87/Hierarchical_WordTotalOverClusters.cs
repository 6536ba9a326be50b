// Idiom: hierarchical softmax, cluster first (LINQ) then the words inside each cluster.
// Use: two-level output layer of a word-level RNN language model.
// Layout: cluster logits jagged float[batch][clusters]; word logits jagged float[batch][clusters][words in cluster].
// Bug: LG0002 — each cluster's words are shifted by that cluster's own max, but one normaliser `wordNorm` sums the
//      exps of every cluster of the context, so P(w | cluster) is divided by a total over all clusters.
// Our own code.
#nullable enable
using System;
using System.Linq;

namespace HeldOut87.Hierarchical_WordTotalOverClusters;

public static class TwoLevelSoftmax
{
    public static float[][][] WordGivenCluster(float[][] clusterLogits, float[][][] wordLogits, out float[][] clusterProbs)
    {
        int batch = clusterLogits.Length;
        clusterProbs = new float[batch][];
        var result = new float[batch][][];
        for (int b = 0; b < batch; b++)
        {
            float[] cl = clusterLogits[b];
            float cTop = cl.Max();
            float[] ce = cl.Select(v => MathF.Exp(v - cTop)).ToArray();
            float cz = ce.Sum();
            clusterProbs[b] = ce.Select(v => v / cz).ToArray();

            float[][] words = wordLogits[b];
            var probs = result[b] = new float[words.Length][];
            float wordNorm = 0f;
            for (int c = 0; c < words.Length; c++)
            {
                float m = words[c].Max();
                probs[c] = new float[words[c].Length];
                for (int w = 0; w < words[c].Length; w++)
                {
                    probs[c][w] = MathF.Exp(words[c][w] - m);
                    wordNorm += probs[c][w]; //~ LG0002
                }
            }

            foreach (float[] p in probs)
            {
                for (int w = 0; w < p.Length; w++) p[w] /= wordNorm;
            }
        }

        return result;
    }
}
