// Idiom: pointer network decoding, attention over the input positions for every decoder step, greedy pointer choice
// Layout: float[steps, inputs]
// Bug (LG0001): the running max is initialised once above the step loop and never reset between decoder steps
using System;

namespace HeldOut42.PointerNet_PeakAcrossSteps;

public static class PointerDecoder
{
    public static float[,] Attend(float[,] u, int[] pointers)
    {
        int steps = u.GetLength(0);
        int inputs = u.GetLength(1);
        var a = new float[steps, inputs];
        float best = float.MinValue;

        for (int i = 0; i < steps; i++)
        {
            for (int j = 0; j < inputs; j++)
                if (u[i, j] > best) best = u[i, j]; //~ LG0001

            float sum = 0f;
            for (int j = 0; j < inputs; j++)
            {
                a[i, j] = MathF.Exp(u[i, j] - best);
                sum += a[i, j];
            }

            int arg = 0;
            for (int j = 0; j < inputs; j++)
            {
                a[i, j] /= sum;
                if (a[i, j] > a[i, arg]) arg = j;
            }

            pointers[i] = arg;
        }

        return a;
    }
}
