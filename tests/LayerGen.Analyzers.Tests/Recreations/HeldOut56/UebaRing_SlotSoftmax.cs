// Idiom: UEBA (user and entity behaviour analytics): a fixed-size ring buffer of a user's most recent events, each slot
// holding the behaviour model's logits over activity categories (auth, file, network, admin); the detector reads the
// category distribution of every buffered event, oldest first.
// Layout: ring buffer of float[] slots with head/count, `while` loops, float.
// Correct: each slot's own max and sum.
// Style inspired by UEBA anomaly scorers that keep per-user sliding windows; our own C#.
using System;

namespace HeldOut56.UebaRing_SlotSoftmax;

public sealed class RecentActivityRing
{
    private readonly float[][] _slots;
    private int _head;
    private int _count;

    public RecentActivityRing(int capacity) => _slots = new float[capacity][];

    public void Push(float[] categoryLogits)
    {
        _slots[_head] = categoryLogits;
        _head = (_head + 1) % _slots.Length;
        if (_count < _slots.Length) _count++;
    }

    /// <summary>Category distribution of every buffered event, oldest first.</summary>
    public float[][] CategoryDistributions()
    {
        var result = new float[_count][];
        int capacity = _slots.Length;
        int i = 0;
        while (i < _count)
        {
            float[] logits = _slots[(_head - _count + i + capacity) % capacity];
            float max = float.NegativeInfinity;
            int k = 0;
            while (k < logits.Length)
            {
                if (logits[k] > max) max = logits[k];
                k++;
            }

            var p = new float[logits.Length];
            float sum = 0f;
            for (k = 0; k < logits.Length; k++)
            {
                p[k] = MathF.Exp(logits[k] - max);
                sum += p[k];
            }

            for (k = 0; k < p.Length; k++) p[k] /= sum;
            result[i] = p;
            i++;
        }

        return result;
    }
}
