// Idiom: streaming (online) recogniser: chunks of frames pushed into a ring buffer, per-frame softmax with a local function
// Layout: ring buffer float[capacity][] of frames, head index modulo capacity
// Correct
using System;
using System.Collections.Generic;

namespace HeldOut40.StreamingRing_FrameSoftmax;

public sealed class StreamingPosteriors
{
    private readonly float[][] ring;
    private int head;
    private int count;

    public StreamingPosteriors(int capacity, int classes)
    {
        ring = new float[capacity][];
        for (int i = 0; i < capacity; i++) ring[i] = new float[classes];
    }

    public List<float[]> PushChunk(float[][] chunk)
    {
        var output = new List<float[]>(chunk.Length);
        foreach (var frame in chunk)
        {
            var slot = ring[head];
            Softmax(frame, slot);
            output.Add((float[])slot.Clone());
            head = (head + 1) % ring.Length;
            count = Math.Min(count + 1, ring.Length);
        }

        return output;

        static void Softmax(float[] x, float[] y)
        {
            float m = float.NegativeInfinity;
            foreach (var v in x) m = MathF.Max(m, v);
            float s = 0f;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Exp(x[i] - m);
                s += y[i];
            }

            for (int i = 0; i < y.Length; i++) y[i] /= s;
        }
    }

    public int Buffered => count;
}
