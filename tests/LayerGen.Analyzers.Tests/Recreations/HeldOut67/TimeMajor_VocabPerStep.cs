// Idiom: output distribution of a time-major sequence model (CTC / RNN decoder logits [time, batch, vocab]), the max
// taken by a local function per (t, b).
// Layout: float[t, b, v], softmax over dimension 2.
// Correct: the local function folds one (t, b) vocab row.
using System;

namespace HeldOut67.TimeMajor_VocabPerStep;

public static class SequenceOutputs
{
    public static float[,,] TokenProbabilities(float[,,] logits)
    {
        int steps = logits.GetLength(0), batch = logits.GetLength(1), vocab = logits.GetLength(2);
        var probs = new float[steps, batch, vocab];

        float RowMax(int t, int b)
        {
            float best = logits[t, b, 0];
            for (int v = 1; v < vocab; v++)
            {
                if (logits[t, b, v] > best) best = logits[t, b, v];
            }

            return best;
        }

        for (int t = 0; t < steps; t++)
        {
            for (int b = 0; b < batch; b++)
            {
                float mx = RowMax(t, b);
                float sum = 0f;
                for (int v = 0; v < vocab; v++)
                {
                    probs[t, b, v] = MathF.Exp(logits[t, b, v] - mx);
                    sum += probs[t, b, v];
                }

                for (int v = 0; v < vocab; v++)
                {
                    probs[t, b, v] /= sum;
                }
            }
        }

        return probs;
    }
}
