// known gap: a local function that folds the peak of whatever it is handed, called on every host's scores (SelectMany): LG0001 is reported at the fold inside the local function, not at the call that hands it the wrong scope
// gap: -LG0001@30 +LG0001@24
// Idiom: C2 beaconing detection per host, period scores kept as growable lists per host; a local function finds the
// peak of whatever it is handed.
// Layout: Dictionary<string, List<float>> period scores per host; local function Peak(IEnumerable<float>).
// Bug (LG0001): Peak is called on `SelectMany` over every host's scores, so one fleet-wide peak shifts every host; a
// quiet host 1000 below the noisiest underflows to 0/0.
// Style inspired by beaconing detectors over Zeek conn logs (RITA-style periodicity scoring); our own C#.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut56.HostBeacon_LocalPeakOverHosts;

public static class FleetBeaconing
{
    public static Dictionary<string, float[]> PeriodPosterior(Dictionary<string, List<float>> scoresByHost)
    {
        static float Peak(IEnumerable<float> values)
        {
            float m = float.NegativeInfinity;
            foreach (float v in values)
            {
                if (v > m) m = v;
            }

            return m;
        }

        float shift = Peak(scoresByHost.Values.SelectMany(v => v)); //~ LG0001
        var posterior = new Dictionary<string, float[]>();
        foreach (var (host, scores) in scoresByHost)
        {
            var p = new float[scores.Count];
            float sum = 0f;
            for (int k = 0; k < scores.Count; k++)
            {
                p[k] = MathF.Exp(scores[k] - shift);
                sum += p[k];
            }

            for (int k = 0; k < p.Length; k++) p[k] /= sum;
            posterior[host] = p;
        }

        return posterior;
    }
}
