// Replay-buffer minibatches for policy distillation / SAC-discrete (a trading or game RL bot keeping its past network
// outputs in a ring buffer): sample a minibatch of slots, and turn each sampled slot's stored logits into its policy.
// Layout: the buffer stores logits flat, float[capacity · actions] with row stride = actions; the minibatch is an
// int[] of slot indices; output float[batch · actions].
// Correct: per sampled slot, the max and sum over that slot's own actions (offset = slot · actions).
using System;

namespace HeldOut30.ReplayBatch_SampledPolicyTargets;

/// <summary>A ring buffer of transitions with their behaviour-policy logits.</summary>
public sealed class ReplayBuffer
{
    private readonly float[] _logits;
    private readonly int _actions;
    private readonly Random _rng;
    private int _count;
    private int _next;

    /// <summary>Creates a buffer of a fixed capacity.</summary>
    public ReplayBuffer(int capacity, int actions, int seed)
    {
        _logits = new float[capacity * actions];
        _actions = actions;
        _rng = new Random(seed);
    }

    /// <summary>Stores one step's logits, overwriting the oldest when full.</summary>
    public void Add(ReadOnlySpan<float> logits)
    {
        logits.CopyTo(_logits.AsSpan(_next * _actions, _actions));
        _next = (_next + 1) % (_logits.Length / _actions);
        _count = Math.Min(_count + 1, _logits.Length / _actions);
    }

    /// <summary>Uniformly sampled slot indices.</summary>
    public int[] SampleSlots(int batch)
    {
        var slots = new int[batch];
        for (int i = 0; i < batch; i++)
        {
            slots[i] = _rng.Next(_count);
        }

        return slots;
    }

    /// <summary>The policy of each sampled slot, row i of the result for slots[i].</summary>
    public float[] PolicyTargets(int[] slots)
    {
        int n = _actions;
        var targets = new float[slots.Length * n];
        for (int i = 0; i < slots.Length; i++)
        {
            int src = slots[i] * n;
            int dst = i * n;
            float hi = _logits[src];
            for (int k = 1; k < n; k++)
            {
                hi = Math.Max(hi, _logits[src + k]);
            }

            float z = 0f;
            for (int k = 0; k < n; k++)
            {
                float e = MathF.Exp(_logits[src + k] - hi);
                targets[dst + k] = e;
                z += e;
            }

            for (int k = 0; k < n; k++)
            {
                targets[dst + k] /= z;
            }
        }

        return targets;
    }
}
