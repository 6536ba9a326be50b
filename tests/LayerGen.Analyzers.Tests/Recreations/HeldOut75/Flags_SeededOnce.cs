// Idiom: a "have max" flag plus a seed value, declared next to the other state above the row loop.
// Use: scoring candidate moves of several positions in one flat buffer.
// Layout: flat float[positions * moves], row-major.
// Bug (LG0001): `haveMax` is set once and never cleared, so the peak is carried over from earlier rows (it only
// grows): a row below an earlier one is shifted by the earlier row's peak and underflows to 0/0.
// Our own code.
using System;

namespace HeldOut75.Flags_SeededOnce;

public static class MoveScores
{
    public static float[] Softmax(float[] scores, int moves)
    {
        var result = new float[scores.Length];
        bool haveMax = false;
        float m = 0f;
        for (int pos = 0; pos * moves < scores.Length; pos++)
        {
            int o = pos * moves;
            for (int k = 0; k < moves; k++)
            {
                float v = scores[o + k];
                if (!haveMax || v > m) //~ LG0001
                {
                    m = v;
                    haveMax = true;
                }
            }
            float s = 0f;
            for (int k = 0; k < moves; k++) s += MathF.Exp(scores[o + k] - m);
            for (int k = 0; k < moves; k++) result[o + k] = MathF.Exp(scores[o + k] - m) / s;
        }
        return result;
    }
}
