// Replay-buffer minibatch for a discrete-action actor (SAC-discrete / policy distillation in a game RL bot): the
// actor's logits for a sampled minibatch are turned into per-sample policies for the loss.
// Layout: flat float[batch · actions] with row stride = actions; one softmax per sample (row).
// Bug (LG0002): each row is shifted by its own max and exponentiated into the output, but the normaliser is one
// TensorPrimitives.Sum over the whole minibatch buffer; every row is divided by the minibatch total.
using System;
using System.Numerics.Tensors;

namespace HeldOut30.ReplayBatch_MinibatchNormaliser;

/// <summary>The actor's forward softmax on a minibatch.</summary>
public static class ActorMinibatch
{
    /// <summary>π(· | s_i) for every sampled state i.</summary>
    public static float[] Policies(float[] logits, int batch, int actions)
    {
        var policies = new float[batch * actions];
        for (int i = 0; i < batch; i++)
        {
            int row = i * actions;
            float peak = float.NegativeInfinity;
            for (int k = 0; k < actions; k++)
            {
                peak = MathF.Max(peak, logits[row + k]);
            }

            for (int k = 0; k < actions; k++)
            {
                policies[row + k] = MathF.Exp(logits[row + k] - peak);
            }
        }

        float normaliser = TensorPrimitives.Sum(policies); //~ LG0002
        for (int j = 0; j < policies.Length; j++)
        {
            policies[j] /= normaliser;
        }

        return policies;
    }
}
