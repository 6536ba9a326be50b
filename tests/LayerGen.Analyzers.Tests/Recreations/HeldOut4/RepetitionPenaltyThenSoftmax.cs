// Source: repetition penalty (CTRL paper, "negative logit fix") before softmax in C# LLM samplers (LLamaSharp
// llama_sample_repetition_penalty family, OrtForge ApplyRepetitionPenalty): positive logits of recent tokens are
// divided by the penalty, negative ones multiplied, then a stable softmax.
// Layout: 1-D double[] logits copied to a penalised buffer; HashSet of recent tokens; max of the penalised values.
// Correct.
using System;
using System.Collections.Generic;

namespace LayerGen.HeldOut4.RepetitionPenaltyThenSoftmax;

public static class PenalisedSoftmax
{
    public static double[] Probabilities(double[] logits, IReadOnlyCollection<int> recentTokens, double penalty)
    {
        var recent = new HashSet<int>(recentTokens);
        var penalised = (double[])logits.Clone();
        foreach (int token in recent)
            penalised[token] = penalised[token] > 0 ? penalised[token] / penalty : penalised[token] * penalty;

        double max = penalised[0];
        for (int i = 1; i < penalised.Length; i++)
            max = Math.Max(max, penalised[i]);

        var probs = new double[penalised.Length];
        double sum = 0.0;
        for (int i = 0; i < probs.Length; i++)
        {
            probs[i] = Math.Exp(penalised[i] - max);
            sum += probs[i];
        }

        for (int i = 0; i < probs.Length; i++)
            probs[i] /= sum;
        return probs;
    }
}
