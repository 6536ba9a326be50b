// Idiom: listen-attend-spell decoder step: energies over encoder frames into a stackalloc'd span, exp, normalise, context
// Layout: Span<float> energies [frames]; encoder flat float[] [frames * dim], index j * dim + d
// Bug (LG0003): the energies are exponentiated as they are, no max subtracted (a large query norm overflows)
using System;

namespace HeldOut40.ListenAttendSpell_RawEnergies;

public static class AttendStep
{
    public static void Context(ReadOnlySpan<float> query, float[] encoder, int frames, Span<float> alpha, Span<float> context)
    {
        int dim = query.Length;
        Span<float> energies = frames <= 512 ? stackalloc float[frames] : new float[frames];
        for (int j = 0; j < frames; j++)
        {
            float dot = 0f;
            for (int d = 0; d < dim; d++)
                dot += query[d] * encoder[j * dim + d];
            energies[j] = dot;
        }

        float z = 0f;
        for (int j = 0; j < frames; j++)
        {
            energies[j] = MathF.Exp(energies[j]); //~ LG0003
            z += energies[j];
        }

        context.Clear();
        for (int j = 0; j < frames; j++)
        {
            alpha[j] = energies[j] / z;
            for (int d = 0; d < dim; d++)
                context[d] += alpha[j] * encoder[j * dim + d];
        }
    }
}
