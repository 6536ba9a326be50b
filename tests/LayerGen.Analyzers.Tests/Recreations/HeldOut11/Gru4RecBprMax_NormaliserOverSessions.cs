// Re-creates the shape of GRU4Rec's BPR-max loss (Hidasi & Karatzoglou 2018; hidasib/GRU4Rec and its ports):
// the softmax weights over the scores of each session event's sampled negative items.
// Layout: flat row-major float[] scores [events * samples], indexed e * samples + s; a separate normalisation pass.
// Bug (LG0002): the normaliser is declared above the event loop and sums the exps of every event in the batch.
using System;

namespace HeldOut11;

public static class Gru4RecBprMax_NormaliserOverSessions
{
    public static void NegativeWeights(float[] scores, int events, int samples, float[] weights)
    {
        float norm = 0f;
        for (int e = 0; e < events; e++)
        {
            float peak = scores[e * samples];
            for (int s = 1; s < samples; s++)
                if (scores[e * samples + s] > peak)
                    peak = scores[e * samples + s];
            for (int s = 0; s < samples; s++)
            {
                weights[e * samples + s] = MathF.Exp(scores[e * samples + s] - peak);
                norm += weights[e * samples + s]; //~ LG0002
            }
        }
        for (int i = 0; i < events * samples; i++)
            weights[i] /= norm;
    }
}
