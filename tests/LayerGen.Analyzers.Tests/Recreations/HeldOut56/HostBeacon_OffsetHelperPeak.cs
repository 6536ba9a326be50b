// Idiom: C2 beaconing detection per host: for each host the detector scores candidate beacon periods (30 s, 60 s,
// 5 min, ...) from inter-connection times, and the softmax over periods gives the period posterior per host.
// Layout: flat float[hosts * periods] with a Dictionary<string, int> host -> offset; private helper Peak(buf, start, count).
// Correct: the helper is called with the host's own slice.
// Style inspired by beaconing detectors over Zeek conn logs (RITA-style periodicity scoring); our own C#.
using System;
using System.Collections.Generic;

namespace HeldOut56.HostBeacon_OffsetHelperPeak;

public static class BeaconPeriods
{
    public static Dictionary<string, float[]> PeriodPosterior(float[] periodScores, IReadOnlyDictionary<string, int> hostOffset, int periods)
    {
        var posterior = new Dictionary<string, float[]>(hostOffset.Count);
        foreach (var (host, start) in hostOffset)
        {
            float peak = Peak(periodScores, start, periods);
            var p = new float[periods];
            float sum = 0f;
            for (int k = 0; k < periods; k++)
            {
                p[k] = MathF.Exp(periodScores[start + k] - peak);
                sum += p[k];
            }

            for (int k = 0; k < periods; k++) p[k] /= sum;
            posterior[host] = p;
        }

        return posterior;
    }

    private static float Peak(float[] buf, int start, int count)
    {
        float m = buf[start];
        for (int i = start + 1; i < start + count; i++)
        {
            if (buf[i] > m) m = buf[i];
        }

        return m;
    }
}
