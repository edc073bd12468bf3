namespace RareEarthArchive.Search.Lunr;

/// <summary>
/// The two Math functions lunr's scoring uses, with V8's exact results: .NET's Math.Log calls the
/// platform libm, which differs from V8 by one ulp on a few percent of inputs, and Math.Round
/// rounds half to even where JavaScript rounds half up.
/// </summary>
internal static class JsMath
{
    /// <summary>JavaScript Math.round: halves go towards +∞.</summary>
    public static double Round(double x)
    {
        if (!double.IsFinite(x))
        {
            return x;
        }

        var r = Math.Floor(x);
        if (x - r >= 0.5)
        {
            r += 1;
        }

        return r;
    }

    // Constants of fdlibm's e_log.c (the algorithm V8's ieee754::log uses).
    // ====================================================
    // Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
    //
    // Developed at SunSoft, a Sun Microsystems, Inc. business.
    // Permission to use, copy, modify, and distribute this
    // software is freely granted, provided that this notice
    // is preserved.
    // ====================================================
    private const double Ln2Hi = 6.93147180369123816490e-01; // 3fe62e42 fee00000
    private const double Ln2Lo = 1.90821492927058770002e-10; // 3dea39ef 35793c76
    private const double Two54 = 1.80143985094819840000e+16; // 43500000 00000000
    private const double Lg1 = 6.666666666666735130e-01; // 3FE55555 55555593
    private const double Lg2 = 3.999999999940941908e-01; // 3FD99999 9997FA04
    private const double Lg3 = 2.857142874366239149e-01; // 3FD24924 94229359
    private const double Lg4 = 2.222219843214978396e-01; // 3FCC71C5 1D8E78AF
    private const double Lg5 = 1.818357216161805012e-01; // 3FC74664 96CB03DE
    private const double Lg6 = 1.531383769920937332e-01; // 3FC39A09 D078C69F
    private const double Lg7 = 1.479819860511658591e-01; // 3FC2F112 DF3E5244

    /// <summary>Natural logarithm, bit-identical to V8's Math.log (fdlibm __ieee754_log).</summary>
    public static double Log(double x)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var hx = (int)(bits >> 32);
        var lx = (uint)bits;
        var k = 0;
        if (hx < 0x00100000)
        {
            // zero, negative or subnormal
            if (((hx & 0x7fffffff) | (int)lx) == 0)
            {
                return double.NegativeInfinity;
            }

            if (hx < 0)
            {
                return double.NaN;
            }

            k -= 54;
            x *= Two54; // scale a subnormal up into the normal range
            hx = (int)(BitConverter.DoubleToInt64Bits(x) >> 32);
        }

        if (hx >= 0x7ff00000)
        {
            return x + x;
        }

        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        var i = (hx + 0x95f64) & 0x100000;
        x = WithHighWord(x, hx | (i ^ 0x3ff00000)); // normalize x or x/2
        k += i >> 20;
        var f = x - 1.0;
        double dk;
        double r;
        if ((0x000fffff & (2 + hx)) < 3)
        {
            // |f| < 2**-20
            if (f == 0.0)
            {
                if (k == 0)
                {
                    return 0.0;
                }

                dk = k;
                return (dk * Ln2Hi) + (dk * Ln2Lo);
            }

            r = f * f * (0.5 - (0.33333333333333333 * f));
            if (k == 0)
            {
                return f - r;
            }

            dk = k;
            return (dk * Ln2Hi) - ((r - (dk * Ln2Lo)) - f);
        }

        var s = f / (2.0 + f);
        dk = k;
        var z = s * s;
        i = hx - 0x6147a;
        var w = z * z;
        var j = 0x6b851 - hx;
        var t1 = w * (Lg2 + (w * (Lg4 + (w * Lg6))));
        var t2 = z * (Lg1 + (w * (Lg3 + (w * (Lg5 + (w * Lg7))))));
        i |= j;
        r = t2 + t1;
        if (i > 0)
        {
            var hfsq = 0.5 * f * f;
            if (k == 0)
            {
                return f - (hfsq - (s * (hfsq + r)));
            }

            return (dk * Ln2Hi) - ((hfsq - ((s * (hfsq + r)) + (dk * Ln2Lo))) - f);
        }

        if (k == 0)
        {
            return f - (s * (f - r));
        }

        return (dk * Ln2Hi) - (((s * (f - r)) - (dk * Ln2Lo)) - f);
    }

    private static double WithHighWord(double x, int high)
    {
        var low = BitConverter.DoubleToInt64Bits(x) & 0xffffffffL;
        return BitConverter.Int64BitsToDouble(((long)high << 32) | low);
    }
}
