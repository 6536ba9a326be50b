// known gap: a sum accumulated inside a switch-driven state machine (one outer loop, per-row reset in another case) is not related to the rows
// gap: -LG0002@46
// Idiom: state machine with integer state constants and `switch` on them; the init state runs once, a per-row
// "begin" state runs for every row.
// Use: streaming tagger that normalises emission scores of each token (one token = one row).
// Layout: flat double[tokens * tags], row-major.
// Bug (LG0002): the running normaliser is cleared only in the once-only Init state, so each token divides by the
// exps of every earlier token as well.
// Our own code.
using System;

namespace HeldOut75.StateMachine_SumNotCleared;

public static class TaggerSteps
{
    const int Init = 0, Begin = 1, Fold = 2, Accumulate = 3, Emit = 4, Stop = 5;

    public static double[] Probabilities(double[] scores, int tokens, int tags)
    {
        var p = new double[scores.Length];
        int state = Init, t = 0, i = 0;
        double hi = 0, norm = 0;
        for (;;)
        {
            switch (state)
            {
                case Init:
                    norm = 0;
                    t = 0;
                    state = tokens > 0 ? Begin : Stop;
                    continue;
                case Begin:
                    hi = double.NegativeInfinity;
                    i = 0;
                    state = Fold;
                    continue;
                case Fold:
                    for (; i < tags; i++) hi = Math.Max(hi, scores[t * tags + i]);
                    i = 0;
                    state = Accumulate;
                    continue;
                case Accumulate:
                    for (; i < tags; i++)
                    {
                        p[t * tags + i] = Math.Exp(scores[t * tags + i] - hi);
                        norm += p[t * tags + i]; //~ LG0002
                    }
                    i = 0;
                    state = Emit;
                    continue;
                case Emit:
                    for (; i < tags; i++) p[t * tags + i] /= norm;
                    state = ++t < tokens ? Begin : Stop;
                    continue;
            }
            break;
        }
        return p;
    }
}
