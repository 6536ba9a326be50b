// Source: unsafe pointer post-processing of [C, T] recogniser / frame-classifier outputs in C# (fixed buffer, a
// "peak per class" pass reused for the softmax), re-created with pointer strides.
// Layout: flat float[] [C, T] (class-major); the softmax runs over classes for each time step (stride T).
// Bug LG0004: each class's max over time is subtracted, while the sum runs over classes at one time step.
using System;

namespace HeldOut6.FixedPointerColumnPeakCT;

public static unsafe class ClassMajorPointerSoftmax
{
    public static void Forward(float[] scores, float[] probs, int classes, int time)
    {
        var peak = new float[classes];
        fixed (float* ps = scores, pp = probs)
        {
            for (int c = 0; c < classes; c++)
            {
                float* row = ps + c * time;
                float m = float.NegativeInfinity;
                for (int t = 0; t < time; t++)
                {
                    m = row[t] > m ? row[t] : m; //~ LG0004
                }

                peak[c] = m;
            }

            for (int t = 0; t < time; t++)
            {
                float s = 0f;
                for (int c = 0; c < classes; c++)
                {
                    pp[c * time + t] = MathF.Exp(ps[c * time + t] - peak[c]);
                    s += pp[c * time + t];
                }

                for (int c = 0; c < classes; c++) pp[c * time + t] /= s;
            }
        }
    }
}
