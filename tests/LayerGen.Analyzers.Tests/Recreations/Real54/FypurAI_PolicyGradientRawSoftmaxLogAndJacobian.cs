// known gap: the Jacobian product formed from a helper's entries SoftmaxDer(softmax, k, i)·loss[k] is not reported (see README)
// gap: -LG0006@108
// Source: Fypur/AI PolicyGradient.cs:19 (Train and its loss lambda, :51 the log, :58 the product), :64
// (SoftmaxDer), :89 (Softmax) at 362fcb3a452c (re-created, not copied)
// Layout: REINFORCE on a small network. A float[] of action logits per state; Softmax exponentiates the raw
// logits; the training lambda takes log(softmax[action]) as the loss and back-propagates it through the softmax
// by summing SoftmaxDer(k, i)·loss[k] over every (i, k) pair, one Jacobian entry at a time.
// Label: Softmax LG0003 (un-shifted exp); the Train lambda LG0005 (log of a softmax probability) + LG0006
// (Jacobian product formed entry by entry, O(n²)); SoftmaxDer alone is a Jacobian entry (its y(1 − y) is the
// diagonal of the full Jacobian, not a diagonal-only derivative).
using System;
using System.Linq;

namespace Recreations.FypurAI_PolicyGradientRawSoftmaxLogAndJacobian;

/// <summary>Stand-in for the project's network: layer sizes, a forward pass and a loss-driven training step.</summary>
public sealed class NN2
{
    /// <summary>Creates a network; this stand-in is the identity map on the last layer's width.</summary>
    public NN2(int[] layers) => Layers = layers;

    /// <summary>Layer widths; the last is the action count.</summary>
    public int[] Layers { get; }

    /// <summary>The logits of a state (identity in this stand-in).</summary>
    public float[] FeedForward(float[] state) => (float[])state.Clone();

    /// <summary>Runs each state forward and hands its logits to the loss, which returns the output gradient.</summary>
    public float[][] TrainLoss(float[][] states, Func<int, float[], float[]> lossGradient)
    {
        var gradients = new float[states.Length][];
        for (int s = 0; s < states.Length; s++)
        {
            gradients[s] = lossGradient(s, FeedForward(states[s]));
        }

        return gradients;
    }
}

/// <summary>One episode batch: states, rewards, taken actions, episode lengths.</summary>
public sealed class PolicyGradientBatch(float[][] states, float[] rewards, int[] actions, int[] episodeLengths)
{
    /// <summary>Visited states.</summary>
    public float[][] States { get; } = states;

    /// <summary>Rewards per step.</summary>
    public float[] Rewards { get; } = rewards;

    /// <summary>Action taken per step.</summary>
    public int[] Actions { get; } = actions;

    /// <summary>Steps per episode.</summary>
    public int[] EpisodeLengths { get; } = episodeLengths;
}

/// <summary>A softmax policy trained by REINFORCE.</summary>
public sealed class PolicyGradient(int[] layers, float gamma = 0.99f)
{
    private readonly Random random = new(1);

    /// <summary>The logits network.</summary>
    public NN2 LogitsNetwork { get; } = new(layers);

    /// <summary>The last gradients the training lambda produced.</summary>
    public float[][] LastGradients { get; private set; } = [];

    private int ActionSize => LogitsNetwork.Layers[LogitsNetwork.Layers.Length - 1];

    /// <summary>Discounted returns, then the policy-gradient loss through the softmax.</summary>
    public void Train(PolicyGradientBatch batch)
    {
        float[] returns = new float[batch.Rewards.Length];
        for (int i = 0; i < returns.Length; i++)
        {
            returns[i] = batch.Rewards[i];
        }

        int episodeIndex = 0;
        for (int i = 0; i < batch.EpisodeLengths.Length; i++)
        {
            float sum = 0;
            for (int j = episodeIndex + batch.EpisodeLengths[i] - 1; j >= episodeIndex; j--)
            {
                float temp = sum;
                sum += returns[j];
                returns[j] += temp;
                sum *= gamma;
            }

            episodeIndex += batch.EpisodeLengths[i];
        }

        LastGradients = LogitsNetwork.TrainLoss(batch.States, (index, logits) =>
        {
            float[] outputLoss = new float[ActionSize];
            float[] loss = new float[ActionSize];
            float[] softmax = Softmax(logits);

            float logp = (float)Math.Log(softmax[batch.Actions[index]]); //~ LG0005
            float mean = batch.Rewards.Sum() / batch.Rewards.Length;
            loss[batch.Actions[index]] = -logp * (returns[index] - 200);

            for (int i = 0; i < ActionSize; i++)
            {
                for (int k = 0; k < ActionSize; k++)
                {
                    outputLoss[i] += SoftmaxDer(softmax, k, i) * loss[k]; //~ LG0006
                }
            }

            return outputLoss;
        });
    }

    /// <summary>One entry of the softmax Jacobian.</summary>
    public static float SoftmaxDer(float[] softmax, int inputIndex, int outputIndex)
    {
        if (inputIndex == outputIndex)
        {
            return softmax[inputIndex] * (1 - softmax[inputIndex]);
        }

        return -softmax[inputIndex] * softmax[outputIndex];
    }

    /// <summary>Samples an action from the softmax of the state's logits.</summary>
    public int Act(float[] state)
    {
        float[] probs = Softmax(LogitsNetwork.FeedForward(state));
        float draw = (float)random.NextDouble();
        int i = 0;
        float sum = 0;
        for (; i < probs.Length; i++)
        {
            sum += probs[i];
            if (i == probs.Length - 1)
            {
                sum = 1.1f;
            }

            if (sum >= draw)
            {
                break;
            }
        }

        return i;
    }

    /// <summary>Softmax of raw logits.</summary>
    public static float[] Softmax(float[] input)
    {
        float[] r = new float[input.Length];
        float sum = 0;
        for (int i = 0; i < r.Length; i++)
        {
            r[i] = (float)Math.Exp(input[i]); //~ LG0003
            sum += r[i];
        }

        for (int i = 0; i < r.Length; i++)
        {
            r[i] /= sum;
        }

        return r;
    }
}
