// Source: Hierarchical Attention Networks for document classification (Yang et al. 2016): word attention
// alpha_it = softmax_t(u_it . u_w) inside each sentence, then sentence attention over the sentence vectors.
// Layout: List<float[]> word scores per sentence (ragged), a local function for each softmax, sentence scores float[].
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.Recreations.HeldOut9;

public static class HierarchicalAttention_WordLevelPerSentence
{
    public static float[] Attend(List<float[]> wordScores, float[] sentenceScores, List<float[]> wordAttention)
    {
        foreach (float[] sentence in wordScores)
        {
            wordAttention.Add(Softmax(sentence));
        }

        return Softmax(sentenceScores);

        static float[] Softmax(float[] u)
        {
            float peak = u[0];
            for (int i = 1; i < u.Length; i++) peak = Math.Max(peak, u[i]);
            var alpha = new float[u.Length];
            float z = 0f;
            for (int i = 0; i < u.Length; i++)
            {
                alpha[i] = MathF.Exp(u[i] - peak);
                z += alpha[i];
            }

            for (int i = 0; i < u.Length; i++) alpha[i] /= z;
            return alpha;
        }
    }
}
