// The Go side of bench/keygen.sh: what Sprig's generators do (crypto/rsa.GenerateKey with
// crypto/rand, x509.CreateCertificate, PEM encoding), timed with the labels of the rhelm side
// (crates/gotemplate/examples/keygen.rs). Standard library only. Prints wall time per call
// (mean, median, maximum) and the process's CPU time per call (all threads, from getrusage),
// which other processes on a busy machine do not inflate.
// usage: go run bench/keygen/keygen.go [N]     (calls per function, default 10)
package main

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"math/big"
	"os"
	"runtime"
	"sort"
	"strconv"
	"syscall"
	"time"
)

// The CPU time of this process (user and system, every thread) so far.
func processCPU() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		panic(err)
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

type timing struct {
	walls []time.Duration
	cpu   time.Duration
}

// Wall time per call (mean, median, maximum), and the process's CPU time per call.
func report(what string, t timing) {
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	sort.Slice(t.walls, func(i, j int) bool { return t.walls[i] < t.walls[j] })
	var sum float64
	for _, w := range t.walls {
		sum += ms(w)
	}
	n := len(t.walls)
	fmt.Printf("%-16s %4d calls  wall mean %8.2f ms  median %8.2f ms  max %8.2f ms  cpu %8.2f ms\n",
		what, n, sum/float64(n), ms(t.walls[n/2]), ms(t.walls[n-1]), ms(t.cpu)/float64(n))
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func rsaPEM(bits int) (*rsa.PrivateKey, []byte) {
	k := must(rsa.GenerateKey(rand.Reader, bits))
	return k, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(k)})
}

// A certificate as Sprig's getBaseCertTemplate makes it, signed by `parent`/`signer`
// (itself when nil).
func cert(ca bool, parent *x509.Certificate, signer crypto.Signer) (*x509.Certificate, crypto.Signer) {
	k, _ := rsaPEM(2048)
	serial := must(rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 128)))
	t := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: "bench"},
		NotBefore:             time.Now(),
		NotAfter:              time.Now().Add(365 * 24 * time.Hour),
		KeyUsage:              x509.KeyUsageKeyEncipherment | x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
		BasicConstraintsValid: true,
		IsCA:                  ca,
	}
	if ca {
		t.KeyUsage |= x509.KeyUsageCertSign
	}
	if parent == nil {
		parent, signer = t, k
	}
	der := must(x509.CreateCertificate(rand.Reader, t, parent, &k.PublicKey, signer))
	_ = pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})
	return must(x509.ParseCertificate(der)), k
}

func times(n int, f func()) timing {
	var t timing
	cpu := processCPU()
	for i := 0; i < n; i++ {
		start := time.Now()
		f()
		t.walls = append(t.walls, time.Since(start))
	}
	t.cpu = processCPU() - cpu
	return t
}

func main() {
	n := 10
	if len(os.Args) > 1 {
		n = must(strconv.Atoi(os.Args[1]))
	}
	fmt.Printf("%s, GOMAXPROCS %d\n", runtime.Version(), runtime.GOMAXPROCS(0))
	ca, caKey := cert(true, nil, nil)
	for _, bits := range []int{2048, 4096} {
		report(fmt.Sprintf("rsa-%d", bits), times(n, func() { must(rsa.GenerateKey(rand.Reader, bits)) }))
	}
	report("genPrivateKey", times(n, func() { rsaPEM(4096) }))
	report("genCA (2048)", times(n, func() { cert(true, nil, nil) }))
	report("genSelfSigned", times(n, func() { cert(false, nil, nil) }))
	report("genSignedCert", times(n, func() { cert(false, ca, caKey) }))
	report("ecdsa-p256", times(n*10, func() {
		k := must(ecdsa.GenerateKey(elliptic.P256(), rand.Reader))
		pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: must(x509.MarshalECPrivateKey(k))})
	}))
	report("ed25519", times(n*10, func() {
		_, k := must2(ed25519.GenerateKey(rand.Reader))
		pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: must(x509.MarshalPKCS8PrivateKey(k))})
	}))
}

func must2[A, B any](a A, b B, err error) (A, B) {
	if err != nil {
		panic(err)
	}
	return a, b
}
