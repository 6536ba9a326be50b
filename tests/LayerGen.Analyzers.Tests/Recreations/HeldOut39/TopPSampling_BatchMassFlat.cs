// Idiom: nucleus sampling prepared for a whole batch at once: per-row shifted exps written to a flat buffer, then one
//        normalisation pass over the buffer before the per-row cumulative cut
// Layout: flat float[] logits [batch * vocab], row offset b * vocab; the mass accumulated over the whole buffer
// Bug (LG0002): `mass` sums the exps of every sequence, so each row is divided by the batch total
using System;

namespace HeldOut39.TopPSampling_BatchMassFlat;

public static class BatchNucleus
{
    public static void Probabilities(float[] logits, float[] probs, int batch, int vocab)
    {
        float mass = 0f;
        for (int b = 0; b < batch; b++)
        {
            int row = b * vocab;
            float best = logits[row];
            for (int v = 1; v < vocab; v++)
            {
                best = MathF.Max(best, logits[row + v]);
            }
            for (int v = 0; v < vocab; v++)
            {
                probs[row + v] = MathF.Exp(logits[row + v] - best);
                mass += probs[row + v]; //~ LG0002
            }
        }

        for (int i = 0; i < batch * vocab; i++)
        {
            probs[i] /= mass;
        }
    }

    public static void CutTail(float[] probs, int batch, int vocab, float topP)
    {
        var order = new int[vocab];
        for (int b = 0; b < batch; b++)
        {
            int row = b * vocab;
            for (int v = 0; v < vocab; v++) order[v] = v;
            Array.Sort(order, (x, y) => probs[row + y].CompareTo(probs[row + x]));
            float cum = 0f;
            bool cutting = false;
            foreach (int v in order)
            {
                if (cutting) probs[row + v] = 0f;
                cum += probs[row + v];
                if (cum > topP) cutting = true;
            }
        }
    }
}
