// known gap: found since lfrange, at the local function's fold (line 37: a local function is part of the method, its fold is the location) while this file's marker names the call (the helper-method placement); kept pinned until the placement is decided
// gap: -LG0001@18 +LG0001@37
// Idiom: formation slot assignment over one packed score buffer; a local helper finds the peak of a range and is called
// once for the whole buffer. Use: RTS formation manager on a move order.
// Layout: flat float[] scores [units * slots], offset u * slots; local function PeakOf(buf, start, count).
// Label: LG0001 — PeakOf is right for a range but is handed the whole buffer (every unit), so a unit 1000 below the
// best underflows to 0/0; marked at the call. Our own code.
using System;

namespace HeldOut57.Formation_LocalPeakWholeBuffer
{
    public sealed class PackedFormation
    {
        public int Slots = 4;

        public void AssignProbabilities(float[] scores, float[] probs)
        {
            float peak = PeakOf(scores, 0, scores.Length); //~ LG0001
            for (int u = 0; u * Slots < scores.Length; u++)
            {
                int start = u * Slots;
                float sum = 0f;
                for (int s = 0; s < Slots; s++)
                {
                    probs[start + s] = MathF.Exp(scores[start + s] - peak);
                    sum += probs[start + s];
                }

                for (int s = 0; s < Slots; s++)
                    probs[start + s] /= sum;
            }

            static float PeakOf(float[] buf, int start, int count)
            {
                float m = float.NegativeInfinity;
                for (int i = start; i < start + count; i++)
                    if (buf[i] > m) m = buf[i];
                return m;
            }
        }
    }
}
