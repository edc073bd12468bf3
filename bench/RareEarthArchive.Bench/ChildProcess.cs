using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RareEarthArchive.Bench;

/// <summary>What the kernel says one child process cost, from <c>wait4</c>'s rusage (not sampled, not estimated).</summary>
public sealed record ChildUsage(int ExitCode, TimeSpan Wall, TimeSpan User, TimeSpan System, long PeakRssBytes, string Stdout, string Stderr)
{
    public TimeSpan Cpu => User + System;
}

/// <summary>
/// Runs a program to its exit and measures it with <c>wait4</c>: wall time, user and system CPU, and peak
/// resident memory (<c>ru_maxrss</c>) of that one child. <see cref="Process"/> cannot do this (it reaps the
/// child itself and keeps no rusage), so the child is started with <c>posix_spawn</c> through
/// <c>/bin/sh -c 'exec …'</c>: the shell only redirects the output into files and is replaced by the program,
/// so the pid waited for is the program's own. .NET reaps only the children it started, so it never races us.
/// </summary>
public static partial class ChildProcess
{
    public static ChildUsage Run(string program, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var outFile = Path.GetTempFileName();
        var errFile = Path.GetTempFileName();
        try
        {
            // sh -c 'cd "$1" && shift && exec "$@" >"$OUT" 2>"$ERR"' sh DIR PROGRAM ARGS…; no argument is ever parsed by the shell.
            string[] argv = ["/bin/sh", "-c", "cd \"$1\" && shift && exec \"$@\" >\"$REA_BENCH_OUT\" 2>\"$REA_BENCH_ERR\"", "sh", workingDirectory, program, .. arguments];
            var env = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
            foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            {
                env[key] = value;
            }
            env["REA_BENCH_OUT"] = outFile;
            env["REA_BENCH_ERR"] = errFile;
            string[] envp = [.. env.Select(e => e.Key + "=" + e.Value)];

            var clock = Stopwatch.StartNew();
            var pid = Spawn(argv, envp);
            Rusage usage;
            int status;
            int waited;
            do
            {
                waited = Wait4(pid, out status, 0, out usage);
            }
            while (waited == -1 && Marshal.GetLastPInvokeError() == 4); // EINTR
            var wall = clock.Elapsed;
            if (waited != pid)
            {
                throw new InvalidOperationException($"wait4 failed: errno {Marshal.GetLastPInvokeError()}");
            }
            var exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);
            return new ChildUsage(exit, wall, usage.UserTime.ToTimeSpan(), usage.SystemTime.ToTimeSpan(), usage.MaxRssKilobytes * 1024,
                File.ReadAllText(outFile), File.ReadAllText(errFile));
        }
        finally
        {
            File.Delete(outFile);
            File.Delete(errFile);
        }
    }

    private static int Spawn(string[] argv, string[] envp)
    {
        var argvPtr = ToNullTerminated(argv);
        var envPtr = ToNullTerminated(envp);
        try
        {
            var error = PosixSpawn(out var pid, argv[0], IntPtr.Zero, IntPtr.Zero, argvPtr, envPtr);
            if (error != 0)
            {
                throw new InvalidOperationException($"posix_spawn {argv[0]} failed: errno {error}");
            }
            return pid;
        }
        finally
        {
            Free(argvPtr, argv.Length);
            Free(envPtr, envp.Length);
        }
    }

    private static IntPtr ToNullTerminated(string[] values)
    {
        var block = Marshal.AllocHGlobal(IntPtr.Size * (values.Length + 1));
        for (var i = 0; i < values.Length; i++)
        {
            Marshal.WriteIntPtr(block, i * IntPtr.Size, Marshal.StringToCoTaskMemUTF8(values[i]));
        }
        Marshal.WriteIntPtr(block, values.Length * IntPtr.Size, IntPtr.Zero);
        return block;
    }

    private static void Free(IntPtr block, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Marshal.FreeCoTaskMem(Marshal.ReadIntPtr(block, i * IntPtr.Size));
        }
        Marshal.FreeHGlobal(block);
    }

    [LibraryImport("libc", EntryPoint = "posix_spawn", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int PosixSpawn(out int pid, string path, IntPtr fileActions, IntPtr attributes, IntPtr argv, IntPtr envp);

    [LibraryImport("libc", EntryPoint = "wait4", SetLastError = true)]
    private static partial int Wait4(int pid, out int status, int options, out Rusage usage);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal
    {
        public long Seconds;
        public long Microseconds;

        public readonly TimeSpan ToTimeSpan() => TimeSpan.FromSeconds(Seconds) + TimeSpan.FromMicroseconds(Microseconds);
    }

    /// <summary>Linux x86-64/arm64 <c>struct rusage</c>: two timevals, then fourteen longs; ru_maxrss is in KiB.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public TimeVal UserTime;
        public TimeVal SystemTime;
        public long MaxRssKilobytes;
        public long IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }
}
