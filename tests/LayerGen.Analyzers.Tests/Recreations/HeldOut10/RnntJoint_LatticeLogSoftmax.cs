// Re-creation (our own code) of the shape of an RNN-Transducer joint network's output normalisation (Graves 2012;
// the log-softmax over the vocabulary at every (t, u) lattice node before the transducer loss, as in warp-transducer
// and torchaudio's RNNT loss inputs).
// Layout: flat float[] [T · U · V] with node offset (t · U + u) · V, log-probabilities written to a second buffer.
// Correct: each lattice node's vocabulary row is shifted by its own maximum (x − m − log Σ exp(x − m)).
using System;

namespace LayerGen.Recreations.HeldOut10;

public static class RnntJointLatticeLogSoftmax
{
    public static void LogSoftmax(float[] joint, int frames, int labels, int vocabulary, float[] logProbabilities)
    {
        for (int t = 0; t < frames; t++)
        {
            for (int u = 0; u < labels; u++)
            {
                int node = (t * labels + u) * vocabulary;
                float max = joint[node];
                for (int v = 1; v < vocabulary; v++)
                    if (joint[node + v] > max)
                        max = joint[node + v];

                float sum = 0f;
                for (int v = 0; v < vocabulary; v++)
                    sum += MathF.Exp(joint[node + v] - max);

                float logSum = MathF.Log(sum);
                for (int v = 0; v < vocabulary; v++)
                    logProbabilities[node + v] = joint[node + v] - max - logSum;
            }
        }
    }
}
