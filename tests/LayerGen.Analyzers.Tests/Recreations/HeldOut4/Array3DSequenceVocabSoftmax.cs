// Source: sequence models in C# with rank-3 arrays (LSTM/GRU text generators in course code, TorchSharp-free
// seq2seq ports): next-token distribution for every (sequence, time step).
// Layout: float[,,] [batch, time, vocab]; softmax over the last axis; GetLength for the extents.
// Correct.
using System;

namespace LayerGen.HeldOut4.Array3DSequenceVocabSoftmax;

public static class SequenceOutput
{
    public static float[,,] Distributions(float[,,] logits)
    {
        int batch = logits.GetLength(0);
        int time = logits.GetLength(1);
        int vocab = logits.GetLength(2);
        var probs = new float[batch, time, vocab];
        for (int b = 0; b < batch; b++)
        {
            for (int t = 0; t < time; t++)
            {
                float max = float.MinValue;
                for (int v = 0; v < vocab; v++)
                    max = MathF.Max(max, logits[b, t, v]);

                float z = 0f;
                for (int v = 0; v < vocab; v++)
                {
                    probs[b, t, v] = MathF.Exp(logits[b, t, v] - max);
                    z += probs[b, t, v];
                }

                for (int v = 0; v < vocab; v++)
                    probs[b, t, v] /= z;
            }
        }

        return probs;
    }
}
