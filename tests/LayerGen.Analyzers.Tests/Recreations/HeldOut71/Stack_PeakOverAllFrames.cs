// Idiom: Stack<float[]> enumerated top-first with foreach (no Pop), peak taken with `SelectMany(f => f).Max()`.
// Use: normalising every frame held on a stack.
// Layout: Stack<float[]> → List<float[]> in enumeration (top-first) order.
// Bug (LG0001): the peak flattens every frame on the stack, so it is the max of the whole stack, not of the frame
// being normalised (a frame far below the others underflows to 0/0).
// Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut71.Stack_PeakOverAllFrames;

public static class FrameBank
{
    public static List<float[]> Normalise(Stack<float[]> frames)
    {
        float bankTop = frames.SelectMany(f => f).Max(); //~ LG0001
        var normalised = new List<float[]>(frames.Count);
        foreach (float[] frame in frames)
        {
            float[] w = new float[frame.Length];
            float s = 0f;
            for (int i = 0; i < frame.Length; i++)
            {
                w[i] = MathF.Exp(frame[i] - bankTop);
                s += w[i];
            }
            for (int i = 0; i < w.Length; i++) w[i] /= s;
            normalised.Add(w);
        }
        return normalised;
    }
}
