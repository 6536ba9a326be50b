// HeldOut15 — StackRnn_ActionSoftmax
// Source: stack-augmented recurrent nets (Joulin & Mikolov 2015; facebookarchive/Stack-RNN):
// each stack's action distribution over {PUSH, POP, NO-OP} is a softmax of the controller output,
// and the continuous stack is updated with those probabilities.
// Layout: controller outputs flat float[] [steps · stride]; stack k's three action logits sit at
// step·stride + offset + 3k; probabilities float[] [steps · stacks · 3].
// Correct: every (step, stack) triple is its own softmax (ternary peak over its three logits).
using System;

namespace LayerGen.Recreations.HeldOut15;

public static class StackRnn_ActionSoftmax
{
    /// <summary>Action probabilities of every stack at every step.</summary>
    public static float[] Actions(float[] controller, int steps, int stride, int offset, int stacks)
    {
        var probs = new float[steps * stacks * 3];
        for (int t = 0; t < steps; t++)
        {
            for (int k = 0; k < stacks; k++)
            {
                int src = t * stride + offset + 3 * k, dst = (t * stacks + k) * 3;
                float push = controller[src], pop = controller[src + 1], noop = controller[src + 2];
                float peak = push > pop ? (push > noop ? push : noop) : (pop > noop ? pop : noop);
                float ePush = MathF.Exp(push - peak), ePop = MathF.Exp(pop - peak), eNoop = MathF.Exp(noop - peak);
                float z = ePush + ePop + eNoop;
                probs[dst] = ePush / z;
                probs[dst + 1] = ePop / z;
                probs[dst + 2] = eNoop / z;
            }
        }
        return probs;
    }

    /// <summary>Continuous stack update: s'[0] = push·input + pop·s[1] + noop·s[0]; deeper cells likewise.</summary>
    public static float[] Update(float[] stack, float input, float push, float pop, float noop)
    {
        var next = new float[stack.Length];
        next[0] = push * input + pop * (stack.Length > 1 ? stack[1] : 0f) + noop * stack[0];
        for (int i = 1; i < stack.Length; i++)
            next[i] = push * stack[i - 1] + pop * (i + 1 < stack.Length ? stack[i + 1] : 0f) + noop * stack[i];
        return next;
    }
}
