// Idiom: appointment outcome model per clinic (attended / no-show / late cancellation / rescheduled): outcome
// probabilities for each clinic's next session from a flat score buffer. Use: overbooking planner.
// Layout: flat float[clinics * outcomes]; `Span<float>` view `AsSpan(c * outcomes, outcomes)` per clinic, MathF.Exp.
// Correct.
using System;

namespace HeldOut54.NoShow_ClinicSpanSlices;

public static class NoShowModel
{
    public static float[] OutcomeProbabilities(float[] logits, int clinics, int outcomes)
    {
        var buffer = (float[])logits.Clone();
        for (int c = 0; c < clinics; c++)
        {
            Span<float> clinic = buffer.AsSpan(c * outcomes, outcomes);
            float max = float.NegativeInfinity;
            for (int o = 0; o < clinic.Length; o++)
            {
                if (clinic[o] > max) max = clinic[o];
            }

            float total = 0f;
            for (int o = 0; o < clinic.Length; o++)
            {
                clinic[o] = MathF.Exp(clinic[o] - max);
                total += clinic[o];
            }

            for (int o = 0; o < clinic.Length; o++)
            {
                clinic[o] /= total;
            }
        }

        return buffer;
    }
}
